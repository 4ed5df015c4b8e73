import type { PageMeta } from '../../body';
import { canonicalAgency } from '../../extract/agencies/canonical-agency';
import { parseByline } from '../../extract/byline/parse-byline';
import type { Author } from '../../schema/article';
import { BYLINE_CLASS, DATE_CLASS, META_KEYS, NOT_BYLINE_CLASS, ORGANISATION_NAME } from './constants';
import { classAndId, type ElementNode, foldSpace, textContent, walkElements } from './dom';
import { resolveUrl } from './images';
import type { JsonLdFacts } from './json-ld';
import { dateFromUrl, parseDate, parsePrintedDate } from './parse-date';
import type { PageScan } from './scan-page';
import { chooseHeadline } from './title';

/** The first `<meta>` value among `keys`, in key order. */
export function metaValue(scan: PageScan, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = scan.metas.get(k);
    if (v && v.length > 0) return v[0]!;
  }
  return null;
}

function metaValues(scan: PageScan, keys: readonly string[]): string[] {
  for (const k of keys) {
    const v = scan.metas.get(k);
    if (v && v.length > 0) return v;
  }
  return [];
}

// Credentials after a name ("Jane Doe, MD, PhD") are not part of it.
const CREDENTIAL = /^(?:[A-Z][A-Za-z.]{0,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]{2,6}(?:-\w+)?(?: \d+)?)$/;

/** Cleans candidate author names: no "By", no credentials, no dates, no desks or organisations. */
export function cleanAuthors(
  raw: string[],
  siteName: string | null,
): { authors: Author[]; agencies: string[] } {
  const authors: Author[] = [];
  const agencies: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const text = foldSpace(value);
    if (!text || /^https?:\/\//.test(text) || text.length > 200) continue;
    const parts = text.split(/\s*,\s*/);
    // "Jane Doe, MD" is one person with credentials, not two people.
    const trimmed = parts.length > 1 && parts.slice(1).every((p) => CREDENTIAL.test(p)) ? parts[0]! : text;
    const parsed = parseByline(trimmed);
    for (const a of parsed.agencies) if (!agencies.includes(a)) agencies.push(a);
    for (const a of parsed.authors) {
      const key = a.name.toLowerCase();
      if (seen.has(key) || ORGANISATION_NAME.test(a.name)) continue;
      if (siteName && key === siteName.toLowerCase()) continue;
      if (canonicalAgency(a.name)) continue;
      seen.add(key);
      authors.push(a);
    }
  }
  return { authors, agencies };
}

/** Byline texts printed in the page (`rel=author`, `itemprop=author`, byline classes), best first. */
export function findDomBylines(root: ElementNode): string[] {
  const out: string[] = [];
  let checked = 0;
  for (const el of walkElements(root)) {
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'head') continue;
    const words = classAndId(el);
    const marked =
      el.attrs.rel === 'author' ||
      el.attrs.itemprop === 'author' ||
      (words !== '' && BYLINE_CLASS.test(words) && !NOT_BYLINE_CLASS.test(words));
    if (!marked) continue;
    if (++checked > 40) break;
    const nameEl = findNamed(el) ?? el;
    const text = foldSpace(textContent(nameEl));
    if (text.length >= 3 && text.length <= 120) out.push(text);
    if (out.length >= 6) break;
  }
  return out;
}

function findNamed(el: ElementNode): ElementNode | null {
  for (const c of walkElements(el)) if (c.attrs.itemprop === 'name') return c;
  return null;
}

/** Dates printed or declared in the page body, best first: microdata, `<time>`, date-classed elements. */
export function findDomDates(
  scan: PageScan,
  now: number,
): { published: string | null; printed: string | null } {
  let published: string | null = null;
  for (const el of scan.itemprops) {
    if (!/datePublished|dateCreated/i.test(el.attrs.itemprop ?? '')) continue;
    published = parseDate(el.attrs.datetime ?? el.attrs.content ?? foldSpace(textContent(el)), now);
    if (published) break;
  }
  if (!published) {
    const times = [...scan.times].sort((a, b) => timeRank(b) - timeRank(a));
    for (const t of times) {
      const d = parseDate(t.attrs.datetime ?? '', now) ?? parsePrintedDate(foldSpace(textContent(t)), now);
      if (d && timeRank(t) > 0) {
        published = d;
        break;
      }
      if (d && !published) published = d;
    }
  }
  let printed: string | null = null;
  if (scan.body && !published) {
    let checked = 0;
    for (const el of walkElements(scan.body)) {
      const words = classAndId(el);
      if (!words || !DATE_CLASS.test(words) || /update|modif|comment/.test(words)) continue;
      if (++checked > 60) break;
      const text = foldSpace(textContent(el));
      if (text.length > 200) continue;
      printed = parsePrintedDate(text, now);
      if (printed) break;
    }
  }
  return { published, printed };
}

function timeRank(el: ElementNode): number {
  const words = `${classAndId(el)} ${el.attrs.itemprop ?? ''}`;
  if (el.attrs.pubdate !== undefined || /publish|created|posted|pubdate|entry-date/i.test(words)) return 2;
  if (/update|modif/i.test(words)) return -1;
  return 0;
}

function languageTag(raw: string | null): string | null {
  if (!raw) return null;
  const tag = raw
    .trim()
    .split(/[\s,;]/)[0]!
    .replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

export interface MetaInputs {
  scan: PageScan;
  jsonLd: JsonLdFacts;
  url: string | null;
  h1s: string[];
  bylines: string[];
  now: number;
}

/** Merges every metadata source into PageMeta, each field from its best source. */
export function readMetadata({ scan, jsonLd, url, h1s, bylines, now }: MetaInputs): PageMeta {
  const siteName = metaValue(scan, META_KEYS.siteName) ?? jsonLd.publisher;
  const headline = chooseHeadline(
    [jsonLd.headline, metaValue(scan, META_KEYS.headline), scan.title],
    h1s,
    siteName,
  );
  const metaAuthors = metaValues(scan, META_KEYS.authors).filter((a) => !a.startsWith('@'));
  let credits = cleanAuthors(jsonLd.authors, siteName);
  if (credits.authors.length === 0) credits = cleanAuthors(bylines, siteName);
  if (credits.authors.length === 0) {
    const fromMeta = cleanAuthors(metaAuthors, siteName);
    credits = { authors: fromMeta.authors, agencies: [...credits.agencies, ...fromMeta.agencies] };
  }
  const dom = findDomDates(scan, now);
  const published =
    (jsonLd.publishedAt ? parseDate(jsonLd.publishedAt, now) : null) ??
    firstDate(metaValues(scan, META_KEYS.published), now, scan) ??
    dom.published ??
    dateFromUrl(url, now) ??
    dom.printed;
  const modified =
    (jsonLd.modifiedAt ? parseDate(jsonLd.modifiedAt, now) : null) ??
    firstDate(metaValues(scan, META_KEYS.modified), now, scan);
  const canonical = resolveUrl(scan.canonical ?? metaValue(scan, ['og:url']), url);
  return {
    headline,
    dek: null,
    authors: credits.authors,
    agencies: credits.agencies,
    publishedAt: published,
    modifiedAt: modified,
    language:
      languageTag(scan.lang) ??
      languageTag(jsonLd.language) ??
      languageTag(metaValue(scan, META_KEYS.locale)),
    siteName: siteName ? foldSpace(siteName) : null,
    canonicalUrl: canonical,
  };
}

function firstDate(values: string[], now: number, scan: PageScan): string | null {
  for (const v of values) {
    const d = parseDate(v, now);
    if (d) return d;
  }
  // Keys outside the known list that plainly name a publication date.
  for (const [key, list] of scan.metas) {
    if (!/publish|pub_?date|release_?date/.test(key) || /update|modif/.test(key)) continue;
    const d = parseDate(list[0]!, now);
    if (d) return d;
  }
  return null;
}
