import { foldSpace } from './dom';

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' / '];

function normal(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops a site-name suffix or prefix from a `<title>`: "Headline | Site" → "Headline". */
export function stripSiteName(title: string, siteName: string | null): string {
  const text = foldSpace(title);
  for (const sep of SEPARATORS) {
    const parts = text.split(sep);
    if (parts.length < 2) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const site = siteName ? normal(siteName) : null;
    if (site && normal(last).includes(site)) return parts.slice(0, -1).join(sep).trim();
    if (site && normal(first).includes(site)) return parts.slice(1).join(sep).trim();
    // Without a site name, a short last part is the site (lastampa-1).
    if (last.length < first.length && last.split(' ').length <= 4) return parts.slice(0, -1).join(sep).trim();
  }
  return text;
}

/** True when two titles say the same thing up to case, quotes and a site suffix. */
export function sameTitle(a: string, b: string): boolean {
  const x = normal(a);
  const y = normal(b);
  if (!x || !y) return false;
  return x === y || (x.length > 15 && y.startsWith(x)) || (y.length > 15 && x.startsWith(y));
}

/**
 * Picks the headline: the page's `<h1>` when a declared title confirms it, else the best declared
 * title (JSON-LD, OpenGraph, `<title>` without the site name), else a lone `<h1>`.
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
  if (titles.length > 0) return titles[0]!;
  return h1s.length === 1 ? h1s[0]! : null;
}
