import { isBylineBlock } from '../../../front-matter/byline/parse-byline';
import { DEK_CLASS, META_KEYS } from '../constants';
import { classAndId, contains, type ElementNode, foldSpace, textContent } from '../dom';
import type { JsonLdFacts } from '../json-ld';
import type { PageScan } from '../scan-page';
import { textLength } from '../text-length';
import { chooseHeadline, foldTitle } from '../title';
import { metaValue } from './meta-value';

/** The headline: the `<h1>` that matches a declared title (JSON-LD, metas, `<title>`), else the declared title. */
export function findHeadline(scan: PageScan, jsonLd: JsonLdFacts, siteName: string | null): string | null {
  const h1s = scan.h1s
    .slice(0, 5)
    .map((el) => foldSpace(textContent(el)))
    .filter(Boolean);
  return chooseHeadline([jsonLd.headline, metaValue(scan, META_KEYS.headline), scan.title], h1s, siteName);
}

/** Least share of letters among a dek's visible characters: "$19.99 · 2 for $35" is a price, not a standfirst. */
const MIN_DEK_LETTERS = 0.65;
/** Most share of a dek's text inside links: "Home › News › Politics" is a breadcrumb. */
const MAX_DEK_LINK_TEXT = 0.5;

/** Whether a dek candidate reads as prose: mostly letters, mostly outside links. */
function isProse(el: ElementNode, text: string): boolean {
  const visible = text.replace(/\s/g, '');
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_DEK_LETTERS * visible.length) return false;
  let linked = 0;
  const stack: ElementNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tag === 'a') {
      linked += foldSpace(textContent(node)).length;
      continue;
    }
    for (const c of node.children) if (c.type === 'element') stack.push(c);
  }
  return linked <= MAX_DEK_LINK_TEXT * text.length;
}

/** Class words of a form's parts, whose descriptions and hints are no standfirst. */
const FORM_PART_CLASS =
  /(?:^|[\s_-])(?:input|password|signup|sign-up|login|newsletter)|form-(?:field|item|group|hint|help)/;

/** Shortest declared title looked for inside a dek candidate: a one-word title is no evidence. */
const MIN_TITLE_CHARS = 20;

/**
 * A standfirst printed near the headline and outside the body, by class; null when none. A candidate that holds one
 * of the page's titles (`titles`: declared or printed) repeats the title, as a sticky header's teaser does
 * ("Société Dans la queue de la tempête Ciaran, …", a section label and the og:title), and is no standfirst.
 */
export function findDek(
  root: ElementNode,
  content: ElementNode[],
  titles: readonly (string | null)[] = [],
): string | null {
  const folded = titles.flatMap((t) => (t && t.length >= MIN_TITLE_CHARS ? [foldTitle(t)] : []));
  const stack: ElementNode[] = [root];
  let checked = 0;
  while (stack.length > 0 && checked < 5000) {
    const el = stack.pop()!;
    checked++;
    if (content.some((c) => contains(c, el))) continue;
    const words = classAndId(el);
    if (words && DEK_CLASS.test(words) && /^(?:p|h2|div|span|h3)$/.test(el.tag)) {
      const text = foldSpace(textContent(el));
      const length = textLength(text);
      const key = folded.length > 0 ? foldTitle(text) : '';
      const title = folded.some((t) => key.includes(t));
      // "von Daniel Braun, Davor Pasoski" in a teaser-classed box is the byline; a form field's description
      // ("PasswordInput-description": "Must be 8 characters or more …") describes the field.
      const other = isBylineBlock(text) || FORM_PART_CLASS.test(words);
      if (length >= 30 && length <= 400 && !title && !other && isProse(el, text)) return text;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  return null;
}

/** The dek, and whether it is printed as a block of the text (a description is only metadata). */
export interface Dek {
  dek: string | null;
  /** The printed standfirst, when it is not the body's own opening: it becomes the text's dek block. */
  printed: string | null;
}

/** The printed standfirst, else the page's description, unless the body already opens with it. */
export function chooseDek(
  printed: string | null,
  scan: PageScan,
  jsonLd: JsonLdFacts,
  bodyStart: string,
): Dek {
  const inText = printed && !bodyStart.startsWith(printed.slice(0, 40)) ? printed : null;
  if (inText) return { dek: inText, printed: inText };
  const description = jsonLd.description ?? metaValue(scan, META_KEYS.description);
  const fallback =
    description && !bodyStart.startsWith(foldSpace(description).slice(0, 40)) ? foldSpace(description) : null;
  return { dek: fallback, printed: null };
}
