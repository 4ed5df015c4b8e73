import { foldSpace } from './dom';

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' / '];

/** A title folded for comparing: case, quotation marks and spacing aside. */
export function foldTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Drops site-name suffixes and prefixes from a `<title>`, as many as it has ("Headline | Section | Site" →
 * "Headline"): a CMS adds the section and the site one after the other.
 */
export function stripSiteName(title: string, siteName: string | null): string {
  let text = foldSpace(title);
  for (let i = 0; i < 3; i++) {
    const next = stripOnce(text, siteName);
    if (next === text || next === '') break;
    text = next;
  }
  return text;
}

/** One site or section part split off a title: the title without it, and the part as printed; null when none. */
function splitOnce(text: string, siteName: string | null): { rest: string; part: string } | null {
  for (const sep of SEPARATORS) {
    const parts = text.split(sep);
    if (parts.length < 2) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const site = siteName ? foldTitle(siteName) : null;
    const withoutLast = { rest: parts.slice(0, -1).join(sep).trim(), part: last.trim() };
    if (site && foldTitle(last).includes(site)) return withoutLast;
    if (site && foldTitle(first).includes(site))
      return { rest: parts.slice(1).join(sep).trim(), part: first.trim() };
    // Without a site name, a short last part is the site ("… - La Stampa").
    if (last.length < first.length && last.split(' ').length <= 4) return withoutLast;
  }
  return null;
}

function stripOnce(title: string, siteName: string | null): string {
  return splitOnce(title, siteName)?.rest ?? title;
}

/**
 * The site a `<title>` names after its headline ("Go ahead, self-host Postgres | Pierce Freeman" → "Pierce
 * Freeman"): its last part after a separator, when that part is short and shorter than the first, as
 * {@link stripSiteName} reads it with no declared site name. Null when the title has no such part.
 */
export function titleSuffix(title: string | null): string | null {
  const split = title ? splitOnce(foldSpace(title), null) : null;
  return split && split.rest !== '' && split.part !== '' ? split.part : null;
}

/** True when two titles say the same thing up to case, quotes and a site suffix. */
export function sameTitle(a: string, b: string): boolean {
  const x = foldTitle(a);
  const y = foldTitle(b);
  if (!x || !y) return false;
  return x === y || (x.length > 15 && y.startsWith(x)) || (y.length > 15 && x.startsWith(y));
}

/** Words of four letters or more, lower case: what two titles of one story share. */
function contentWords(text: string): Set<string> {
  return new Set(foldTitle(text).match(/[\p{L}\p{N}]{4,}/gu) ?? []);
}

/**
 * Whether a page's one `<h1>`, which no declared title matches, is the headline the reader sees: a declared
 * title is often the search-engine wording ("Best X of 2026 | Reviews"), the `<h1>` the story's. It must be about
 * the same thing (two words of four letters or more shared with a declared title; "Hi, I'm Jane" is no headline),
 * not the site's name, and not a declared title with a kicker run into it ("Tunisia A new government's tasks").
 */
function isPrintedHeadline(h1: string, titles: string[], siteName: string | null): boolean {
  const h = foldTitle(h1);
  if (h.split(' ').length < 3) return false;
  const site = siteName ? foldTitle(siteName) : '';
  if (site !== '' && (h.includes(site) || site.includes(h))) return false;
  if (titles.some((t) => h.includes(foldTitle(t)))) return false;
  const words = contentWords(h1);
  return titles.some((t) => [...contentWords(t)].filter((w) => words.has(w)).length >= 2);
}

/**
 * Picks the headline: the page's `<h1>` when a declared title confirms it, else its one `<h1>` when that is the
 * printed headline ({@link isPrintedHeadline}) and metadata declares a title, else the best declared title
 * (`declared`: JSON-LD, OpenGraph, then the `<title>` last, without the site name), else a lone `<h1>`.
 */
export function chooseHeadline(
  declared: (string | null)[],
  h1s: string[],
  siteName: string | null,
): string | null {
  const titles = declared.filter((t): t is string => !!t).map((t) => stripSiteName(t, siteName));
  // An <h1> much longer than the title it matches swallowed the text after it (unclosed tag; 011-malformed).
  for (const h of h1s) {
    const match = titles.find((t) => sameTitle(t, h));
    if (match) return h.length > match.length * 1.5 + 10 ? match : h;
  }
  const printed = h1s.length === 1 ? h1s[0]! : null;
  // Only where metadata (JSON-LD, OpenGraph) declares a title too: that is the search and social wording, apart
  // from the printed one; a page with a bare `<title>` has no second wording, and its `<title>` stays first.
  const fromMetadata = declared.slice(0, -1).some((t) => !!t);
  if (printed && fromMetadata && isPrintedHeadline(printed, titles, siteName)) return printed;
  if (titles.length > 0) return titles[0]!;
  return printed;
}
