import {
  BODY_CONTAINER_CLASS,
  BOILERPLATE_CLASS,
  CHARS_PER_LENGTH_POINT,
  CLASS_WEIGHT,
  CLIMB_GAIN,
  CONTENT_CLASS,
  ENTRY_CLASS,
  FAR_ANCESTOR_DIVIDER,
  LEAD_FIGURE_LEVELS,
  MARKED_BODY_SHARE,
  MARKED_PARTS_SHARE,
  MAX_COMMA_POINTS,
  MAX_LEAD_FIGURES,
  MAX_LENGTH_POINTS,
  MIN_MARKED_BODY_CHARS,
  MIN_PARAGRAPH_CHARS,
  MIN_SIBLING_SCORE,
  PROSE_LINK_PENALTY,
  PROSE_OTHER_TEXT_PENALTY,
  SCORED_ANCESTORS,
  SCORED_TAGS,
  SIBLING_MAX_LINK_DENSITY,
  SIBLING_PARAGRAPH_CHARS,
  SIBLING_PARAGRAPH_MAX_LINK_DENSITY,
  SIBLING_SCORE_SHARE,
} from './constants';
import { classAndId, contains, type ElementNode, elementChildren, walkElements } from './dom';
import { countCommas, type StatsMap } from './prune';
import { textLength } from './text-length';

function linkDensity(stats: StatsMap, el: ElementNode): number {
  const s = stats.get(el);
  return s && s.text > 0 ? s.link / s.text : 0;
}

function classWeight(el: ElementNode): number {
  const words = classAndId(el);
  if (!words) return 0;
  let w = 0;
  if (CONTENT_CLASS.test(words)) w += CLASS_WEIGHT;
  if (BODY_CONTAINER_CLASS.test(words)) w += CLASS_WEIGHT;
  if (BOILERPLATE_CLASS.test(words)) w -= CLASS_WEIGHT;
  return w;
}

// Paragraph text counts, links count against, other text (headings, lists) slightly against.
function proseValue(stats: StatsMap, el: ElementNode): number {
  const s = stats.get(el)!;
  return (
    s.para - PROSE_LINK_PENALTY * s.link - PROSE_OTHER_TEXT_PENALTY * Math.max(0, s.text - s.para - s.link)
  );
}

function hasDirectText(el: ElementNode): number {
  let n = 0;
  for (const c of el.children) if (c.type === 'text') n += textLength(c.data.trim());
  return n;
}

function paragraphPoints(chars: number, commas: number): number {
  return (
    1 +
    Math.min(commas, MAX_COMMA_POINTS) +
    Math.min(Math.floor(chars / CHARS_PER_LENGTH_POINT), MAX_LENGTH_POINTS)
  );
}

// A container that writes its prose as text runs between <br>s holds as many paragraphs as runs, and scores as
// Readability scores it after turning such runs into <p>s (biathlon-antholz.it on trafilatura-dev: 2,500
// characters in one <div> scored as a single paragraph lost to a 33-character teaser section).
function textRunPoints(el: ElementNode): number {
  let points = 0;
  for (const c of el.children) {
    if (c.type !== 'text') continue;
    const run = c.data.trim();
    const length = textLength(run);
    if (length < MIN_PARAGRAPH_CHARS) continue;
    points += paragraphPoints(length, countCommas(run));
  }
  return points;
}

/**
 * Scores containers by the prose they hold (Readability's idea: each paragraph gives points to its
 * parent and, decaying, to its grandparents) and returns the elements that make up the article body.
 */
export function findContent(
  root: ElementNode,
  stats: StatsMap,
  preferred: ElementNode | null,
): ElementNode[] {
  const scores = new Map<ElementNode, number>();
  for (const el of walkElements(root)) {
    const scored =
      SCORED_TAGS.has(el.tag) ||
      ((el.tag === 'div' || el.tag === 'section' || el.tag === 'span') &&
        hasDirectText(el) >= MIN_PARAGRAPH_CHARS);
    if (!scored) continue;
    const s = stats.get(el)!;
    if (s.text < MIN_PARAGRAPH_CHARS) continue;
    const points = SCORED_TAGS.has(el.tag)
      ? paragraphPoints(s.text, s.commas) * (1 - linkDensity(stats, el))
      : textRunPoints(el) * (1 - linkDensity(stats, el));
    let ancestor = el.parent;
    for (let level = 0; ancestor && level < SCORED_ANCESTORS; level++, ancestor = ancestor.parent) {
      if (ancestor.tag === '#root') break;
      if (!scores.has(ancestor)) scores.set(ancestor, classWeight(ancestor));
      scores.set(
        ancestor,
        scores.get(ancestor)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * FAR_ANCESTOR_DIVIDER),
      );
    }
  }
  let top: ElementNode | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(stats, el));
    scores.set(el, final);
    if (final > topScore) {
      topScore = final;
      top = el;
    }
  }
  if (preferred && (!top || contains(preferred, top) || contains(top, preferred))) {
    const ps = stats.get(preferred)!;
    const ts = top ? stats.get(top)! : null;
    if (!ts || contains(preferred, top!) || ps.text - ps.link >= MARKED_BODY_SHARE * (ts.text - ts.link))
      return [preferred];
  }
  if (!top) return [];
  // Climb to the ancestor holding the most prose net of links (listicles split the story into cards).
  let best = top;
  let bestValue = proseValue(stats, top);
  for (let p = top.parent; p && p.tag !== '#root' && p.tag !== 'body' && p.tag !== 'html'; p = p.parent) {
    const value = proseValue(stats, p);
    if (value > bestValue * CLIMB_GAIN) {
      best = p;
      bestValue = value;
    }
  }
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
  const out: ElementNode[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === best) {
      out.push(sibling);
      continue;
    }
    const score = scores.get(sibling) ?? 0;
    const s = stats.get(sibling)!;
    const density = linkDensity(stats, sibling);
    if (score >= threshold && density < SIBLING_MAX_LINK_DENSITY) out.push(sibling);
    else if (
      sibling.tag === 'p' &&
      s.text > SIBLING_PARAGRAPH_CHARS &&
      density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY
    )
      out.push(sibling);
  }
  return out;
}

/**
 * The element a page marks as its article body (`itemprop=articleBody`, well-known classes), if any. A story cut
 * into several marked blocks (a `rich-text` per card or section) is marked by all of them: their nearest common
 * ancestor is the body when the blocks hold most of its text (4106-like card pages, 010-split-marked-body).
 */
export function findMarkedBody(root: ElementNode, stats: StatsMap): ElementNode | null {
  let best: ElementNode | null = null;
  let bestText = 0;
  const parts: ElementNode[] = [];
  let partsText = 0;
  for (const el of walkElements(root)) {
    const marked =
      el.attrs.itemprop === 'articleBody' || BODY_CONTAINER_CLASS.test(classAndId(el).replace(/_/g, '-'));
    if (!marked) continue;
    const s = stats.get(el)!;
    const good = s.text - s.link;
    if (good > bestText) {
      best = el;
      bestText = good;
    }
    // Document order: a marked element inside the last part is part of it.
    const last = parts[parts.length - 1];
    if (good >= MIN_PARAGRAPH_CHARS && !(last && contains(last, el))) {
      parts.push(el);
      partsText += good;
    }
  }
  if (bestText < MIN_MARKED_BODY_CHARS) return null;
  if (parts.length < 2) return best;
  let common: ElementNode | null = parts[0]!;
  for (const part of parts) while (common && !contains(common, part)) common = common.parent;
  if (!common || common.tag === '#root' || common.tag === 'body' || common.tag === 'html') return best;
  // A blog's front page marks each post's body; each post is its own microformat entry (echte-demokratie-jetzt.de).
  if (parts.some((part) => entryOf(part, common!) !== entryOf(parts[0]!, common!))) return best;
  const cs = stats.get(common)!;
  return partsText >= MARKED_PARTS_SHARE * (cs.text - cs.link) ? common : best;
}

// The microformat entry (`hentry`, `h-entry`) a part sits in, below the common ancestor.
function entryOf(el: ElementNode, common: ElementNode): ElementNode | null {
  for (let p = el.parent; p && p !== common; p = p.parent) if (ENTRY_CLASS.test(classAndId(p))) return p;
  return null;
}

/** Figures between the top of the article and its body (the lead photo), outside the body itself. */
export function findLeadFigures(content: ElementNode[]): ElementNode[] {
  const first = content[0];
  if (!first) return [];
  let scope: ElementNode | null = null;
  for (let p = first.parent, n = 0; p && n < LEAD_FIGURE_LEVELS; p = p.parent, n++) {
    if (p.tag === 'article' || p.tag === 'main') {
      scope = p;
      break;
    }
  }
  scope ??= first.parent;
  if (!scope) return [];
  const out: ElementNode[] = [];
  const stack: ElementNode[] = [scope];
  while (stack.length > 0 && out.length < MAX_LEAD_FIGURES) {
    const el = stack.pop()!;
    if (el === first) break;
    if (content.includes(el)) continue;
    if (el.tag === 'figure') {
      out.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  return out;
}
