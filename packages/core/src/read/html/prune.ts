import {
  BOILERPLATE_CLASS,
  BOILERPLATE_PROSE_MAX_LINKS,
  BOILERPLATE_PROSE_PARAGRAPHS,
  CONTENT_CLASS,
  DROP_TAGS,
} from './constants';
import { classAndId, type DomNode, type ElementNode, findElement } from './dom';
import { emptyMedia, MEDIA_TAGS } from './media';
import { charWeight, textLength } from './text-length';

/** Per-element text statistics, computed bottom-up in one pass. */
export interface NodeStats {
  /** Characters of text (white space runs counted once; ideographs weighed as in text-length.ts). */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Characters of text inside `<p>` elements. */
  para: number;
  /** Commas in the text (a sign of prose). */
  commas: number;
}

export type StatsMap = Map<ElementNode, NodeStats>;

function isHidden(el: ElementNode): boolean {
  const { attrs } = el;
  if (attrs.hidden !== undefined) return true;
  if (attrs['aria-hidden'] === 'true' && el.tag !== 'figure' && el.tag !== 'img') return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Removes elements that are never article text: scripts, forms, navigation, hidden nodes. */
export function dropNonContent(root: ElementNode, keep: (el: ElementNode) => boolean): void {
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    el.children = el.children.filter((c) => {
      if (c.type !== 'element') return true;
      if (keep(c)) return true;
      // A player or an embed is kept emptied of its fallback text: the story lists it (media.ts).
      if (MEDIA_TAGS.has(c.tag) && !isHidden(c)) {
        emptyMedia(c);
        return true;
      }
      const drop = DROP_TAGS.has(c.tag) || isHidden(c) || (c.tag === 'header' && !hasHeadline(c));
      // Whole articles sit in ASP.NET <form>s and hidden streaming wrappers (014-hidden-streaming-wrapper).
      // So does a <header> that holds the story's paragraphs, not a masthead (munich2022: an article's text in the
      // <header> of its own <article>).
      if (
        drop &&
        (c.tag === 'form' || c.tag === 'div' || c.tag === 'main' || c.tag === 'section' || c.tag === 'header')
      )
        return hasProse(c, 3);
      // An unclosed <aside> or <nav> swallows the page that follows it.
      if (drop && (c.tag === 'aside' || c.tag === 'nav' || c.tag === 'footer')) return hasProse(c, 8);
      return !drop;
    });
    for (const c of el.children) if (c.type === 'element') stack.push(c);
  }
}

// At least `min` paragraphs of 80+ characters: a cheap, early-exit test for real text.
function hasProse(el: ElementNode, min: number): boolean {
  let found = 0;
  const stack: DomNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    if (n.tag === 'p') {
      let len = 0;
      for (const c of n.children) if (c.type === 'text') len += textLength(c.data);
      if (len >= 80 && ++found >= min) return true;
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  return false;
}

function hasHeadline(el: ElementNode): boolean {
  return findElement(el, (n) => n.tag === 'h1' || n.tag === 'h2') !== null;
}

/**
 * Adds a text node's length (white space runs counted once, ideographs weighed) and its commas to `s`, in one
 * pass over its characters: counting them apart read every character of the page twice.
 */
function addText(s: NodeStats, data: string): void {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 160 || (c <= 13 && (c === 10 || c === 9 || c === 13 || c === 12))) {
      if (!space) n++;
      space = true;
      continue;
    }
    if (isComma(c)) commas++;
    // An ideograph counts as the alphabetic text it stands for (text-length.ts).
    n += c < 0x1100 ? 1 : charWeight(c);
    space = false;
  }
  s.text += n;
  s.commas += commas;
}

/** Whether a code unit is a comma as content scoring counts them: the Latin one and the CJK ones. */
function isComma(c: number): boolean {
  return c === 44 || c === 0x3001 || c === 0xff0c;
}

/** Commas in a text ({@link isComma}). */
export function countCommas(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (isComma(data.charCodeAt(i))) n++;
  return n;
}

/** Computes text statistics for every element under `root`, iteratively (post-order). */
export function computeStats(root: ElementNode): StatsMap {
  const stats: StatsMap = new Map();
  const order: ElementNode[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    order.push(el);
    for (const c of el.children) if (c.type === 'element') stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s: NodeStats = { text: 0, link: 0, para: 0, commas: 0 };
    for (const c of el.children) {
      if (c.type === 'text') addText(s, c.data);
      else {
        const cs = stats.get(c)!;
        s.text += cs.text;
        s.link += cs.link;
        s.para += cs.para;
        s.commas += cs.commas;
      }
    }
    if (el.tag === 'a') s.link = s.text;
    if (el.tag === 'p') s.para = s.text;
    stats.set(el, s);
  }
  return stats;
}

/**
 * Removes page furniture marked by class or id (share bars, related lists, comments, cookie banners; timeout-1),
 * unless the node also looks like content (seattletimes-1) or holds most of the page's paragraph text.
 */
export function dropBoilerplate(
  root: ElementNode,
  stats: StatsMap,
  keep: (el: ElementNode) => boolean,
): void {
  const total = stats.get(root)?.para ?? 0;
  const removed: { parent: ElementNode; s: NodeStats }[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    el.children = el.children.filter((c) => {
      if (c.type !== 'element' || keep(c)) return true;
      if (c.tag === 'body' || c.tag === 'html' || c.tag === 'main' || c.tag === 'article') return true;
      const words = classAndId(c);
      if (!words || !BOILERPLATE_CLASS.test(words)) return true;
      if (CONTENT_CLASS.test(words) && !/comment|related|recommend|newsletter|share|social/.test(words))
        return true;
      const s = stats.get(c);
      if (s !== undefined && total > 0 && s.para > total * 0.5) return true;
      // A class word on a wrapper of the story itself ("jump-link" sections of a long guide) is not furniture.
      if (
        s !== undefined &&
        s.link < BOILERPLATE_PROSE_MAX_LINKS * s.text &&
        hasProse(c, BOILERPLATE_PROSE_PARAGRAPHS)
      )
        return true;
      if (s) removed.push({ parent: el, s });
      return false;
    });
    for (const c of el.children) if (c.type === 'element') stack.push(c);
  }
  // Take the removed text out of every ancestor instead of recounting the whole tree.
  for (const { parent, s } of removed) {
    for (let p: ElementNode | null = parent; p; p = p.parent) {
      const ps = stats.get(p);
      if (!ps) continue;
      ps.text -= s.text;
      ps.link -= s.link;
      ps.para -= s.para;
      ps.commas -= s.commas;
    }
  }
}
