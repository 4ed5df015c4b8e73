import type { PageMeta } from '../../body';
import { canonicalAgency } from '../../front-matter/agencies/canonical-agency';
import { parseByline } from '../../front-matter/byline/parse-byline';
import type { Author, Warning } from '../../schema/article';
import {
  ARTICLE_CONTAINER,
  BYLINE_CLASS,
  DATE_CLASS,
  META_KEYS,
  NOT_BYLINE_CLASS,
  NOT_DATE_CONTEXT,
  ORGANISATION_NAME,
} from './constants';
import { classAndId, type DomNode, type ElementNode, foldSpace, textContent, walkElements } from './dom';
import { resolveUrl } from './images';
import type { JsonLdFacts } from './json-ld';
import {
  dateFromUrl,
  datesIn,
  expandLoneShortDate,
  parseDate,
  parsePrintedDate,
  parseShortDate,
  printedDays,
} from './parse-date';
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
const NOT_A_PERSON =
  /^(?:full bio|bio|the author|author|authors|about|about the author|center|more|view profile|profile|sponsored|contributor|guest)$/i;
const LABEL = /^(?:author|authors|written by|posted by|reviewed by|by)\s*:?\s*|^By(?=\p{Lu})/iu;
const PLAIN_NAME = /^\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}$/u;

export function cleanAuthors(
  raw: string[],
  siteName: string | null,
  structured = false,
): { authors: Author[]; agencies: string[] } {
  const authors: Author[] = [];
  const agencies: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    let text = foldSpace(value)
      .replace(LABEL, '')
      .replace(/ (?:sponsored|full bio|more)$/i, '');
    // Separators left at the end of a byline: "Jane Doe |", "Jane Doe, —".
    text = trimTrailing(text);
    if (!text || /^https?:\/\//.test(text) || text.length > 200) continue;
    const parts = text.split(',').map((p) => p.trim());
    // "Jane Doe, MD" is one person with credentials, not two people.
    const trimmed = parts.length > 1 && parts.slice(1).every((p) => CREDENTIAL.test(p)) ? parts[0]! : text;
    const parsed = parseByline(trimmed);
    // Structured data names a person outright, even in lower case ("kirstin boatto").
    if (structured && parsed.authors.length === 0 && parsed.agencies.length === 0 && PLAIN_NAME.test(trimmed))
      parsed.authors.push({ name: trimmed, role: null });
    for (const a of parsed.agencies) if (!agencies.includes(a)) agencies.push(a);
    for (const a of parsed.authors) {
      const key = a.name.toLowerCase();
      if (seen.has(key) || ORGANISATION_NAME.test(a.name) || NOT_A_PERSON.test(a.name)) continue;
      if (!structured && siteName && key === siteName.toLowerCase()) continue;
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
    const text = spacedText(nameEl);
    if (text.length >= 3 && text.length <= 120) out.push(text);
    if (out.length >= 6) break;
  }
  return out;
}

/** Bylines printed as text: "By Jane Doe", or a "Written by" label followed by the name. */
export function findTextBylines(body: ElementNode): string[] {
  const out: string[] = [];
  const stack: DomNode[] = [body];
  let label = false;
  let seen = 0;
  while (stack.length > 0 && seen < 4000 && out.length < 3) {
    const n = stack.pop()!;
    if (n.type === 'element') {
      if (n.tag === 'script' || n.tag === 'style' || n.tag === 'nav' || n.tag === 'footer') continue;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      continue;
    }
    const t = n.data.trim();
    if (!t) continue;
    seen++;
    if (label) {
      if (t.length <= 60) out.push(t);
      label = false;
    } else if (/^(?:by|written by|author|authored by|posted by)\s*:?$/i.test(t)) label = true;
    else if (t.length <= 60 && /^By\s+\p{Lu}/u.test(t)) out.push(t);
  }
  return out;
}

function findNamed(el: ElementNode): ElementNode | null {
  let link: ElementNode | null = null;
  for (const c of walkElements(el)) {
    if (c.attrs.itemprop === 'name') return c;
    const authorLink =
      c.attrs.rel === 'author' || /\/(?:author|authors|profile|people)\//.test(c.attrs.href ?? '');
    if (!link && c.tag === 'a' && authorLink) link = c;
  }
  return link;
}

/** Text of a subtree with a space between its text nodes, so "Jane Doe" and "Updated" do not run together. */
function spacedText(el: ElementNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return foldSpace(parts.join(' '));
}

function inOtherContext(el: ElementNode): boolean {
  for (let p = el.parent, n = 0; p && n < 12; p = p.parent, n++) {
    // An embedded post (Instagram, X) quoted in the story carries its own dates.
    if (p.tag === 'blockquote' || p.tag === 'nav') return true;
    const words = classAndId(p);
    // An <aside> is a sidebar, unless it is the article's own meta box ("aside.meta", "aside.article-info").
    const ownMeta = p.tag === 'aside' && /meta|info|byline|date|posted/.test(words);
    if (p.tag === 'footer' || (p.tag === 'aside' && !ownMeta) || (words && NOT_DATE_CONTEXT.test(words)))
      return true;
    // Past the article's own container, wrapper classes describe the layout ("mainwrap sidebar"), not the date.
    if (p.tag === 'article' || p.tag === 'main' || (words && ARTICLE_CONTAINER.test(words))) return false;
  }
  return false;
}

/** Whether `el` sits in the headline's own block: within four levels under the `<h1>`'s parent or grandparent. */
function besideHeadline(el: ElementNode, h1: ElementNode | null): boolean {
  const block = h1?.parent;
  if (!block) return false;
  for (let p = el.parent, n = 0; p && n < 4; p = p.parent, n++)
    if (p === block || p === block.parent) return true;
  return false;
}

/** The first date in microdata or RDFa whose property `name` matches (`datePublished`, `dateModified`). */
function microdataDate(scan: PageScan, name: RegExp, now: number): string | null {
  for (const el of scan.itemprops) {
    if (!name.test(`${el.attrs.itemprop ?? ''} ${el.attrs.property ?? ''}`)) continue;
    const { datetime, content, title } = el.attrs;
    const d = parseDate(datetime ?? content ?? title ?? foldSpace(textContent(el)), now);
    if (d) return d;
  }
  return null;
}

/** Dates declared in the page body, best first: microdata `datePublished`, then `<time>` elements. */
function findDomDate(scan: PageScan, now: number, h1: ElementNode | null): string | null {
  const declared = microdataDate(scan, /datePublished|dateCreated/i, now);
  if (declared) return declared;
  let fallback: string | null = null;
  const times = scan.times
    .filter((t) => !inOtherContext(t))
    .map((t) => {
      const rank = timeRank(t);
      // The <time> printed with the headline is the article's, whatever teasers further down declare.
      return { t, rank: rank >= 0 && besideHeadline(t, h1) ? 3 : rank };
    })
    .sort((a, b) => b.rank - a.rank);
  for (const { t, rank } of times) {
    const printed = foldSpace(textContent(t));
    // "Publié le 29 juin 2019" printed in a <time> whose attribute says otherwise: the reader's words win.
    const d =
      labelledDate(printed, now) ?? parseDate(t.attrs.datetime ?? '', now) ?? parsePrintedDate(printed, now);
    if (d && rank > 0) return d;
    if (d && !fallback && rank === 0) fallback = d;
  }
  return fallback;
}

/** The page's visible text around its headline, and from the start, for printed dates. */
function textAroundHeadline(body: ElementNode, h1: ElementNode | null, nearOnly = false): HeadlineText {
  let before = '';
  let after = '';
  let start = '';
  let seen = false;
  const stack: DomNode[] = [body];
  const startLimit = nearOnly ? 0 : 20_000;
  const more = () =>
    nearOnly ? !seen || after.length < 800 : start.length < startLimit || (seen && after.length < 800);
  while (stack.length > 0 && more()) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = expandLoneShortDate(n.data.trim());
      if (!t) continue;
      if (start.length < startLimit) start += ` ${t}`;
      if (seen) {
        if (after.length < 800) after += ` ${t}`;
      } else before = `${before} ${t}`.slice(-300);
      continue;
    }
    if (n.tag === 'script' || n.tag === 'style' || n.tag === 'noscript' || n.tag === 'nav') continue;
    if (n === h1) seen = true;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return h1
    ? { before, after, near: `${after} ${before}`, start }
    : { before: '', after: '', near: '', start };
}

interface HeadlineText {
  /** Up to 300 characters printed before the headline. */
  before: string;
  /** The headline and up to 800 characters after it. */
  after: string;
  near: string;
  /** The page's first 20,000 characters. */
  start: string;
}

/** The printed date nearest the headline, before or after it, preferring one just under it. */
function nearestDate({ before, after }: HeadlineText, now: number): string | null {
  const next = datesIn(after, now)[0];
  const previous = datesIn(before, now).at(-1);
  if (!next || !previous) return next?.value ?? previous?.value ?? null;
  // Just under the headline is where a dateline sits; further down, a date before the headline is nearer.
  return next.at <= 150 || next.at <= before.length - previous.at ? next.value : previous.value;
}

/** A date printed in an element whose class says it holds one ("post-date", "newsdatum", "created"). */
function findClassedDate(body: ElementNode, now: number): string | null {
  let checked = 0;
  for (const el of walkElements(body)) {
    const words = classAndId(el);
    if (!words || !DATE_CLASS.test(words) || /update|modif|comment|related/.test(words)) continue;
    if (++checked > 80) break;
    if (inOtherContext(el)) continue;
    const text = foldSpace(textContent(el));
    if (text.length > 200) continue;
    const d = parsePrintedDate(text, now) ?? parseShortDate(text, now);
    if (d) return d;
  }
  return null;
}

const GENERIC = new Set(['dc.date', 'dcterms.date', 'date', 'created', 'date.available', 'citation_date']);
const SPECIFIC_KEYS = META_KEYS.published.filter((k) => !GENERIC.has(k));
const GENERIC_KEYS = META_KEYS.published.filter((k) => GENERIC.has(k));

/** The publication date, and the declared date it replaced when the page shows another one. */
export interface PublishedDate {
  value: string | null;
  /** The metadata's own publication date, when the page shows its reader a different declared date. */
  overruled: string | null;
}

/** The publication date, htmldate's way: URL, declared metadata, `<time>`, then printed dates. */
export function findPublished(
  scan: PageScan,
  jsonLd: JsonLdFacts,
  url: string | null,
  now: number,
  modified: string | null = null,
  headline: string | null = null,
): PublishedDate {
  const body = scan.body ?? scan.root;
  const h1 = headlineElement(scan, headline);
  const declared = declaredDates(scan, jsonLd, now, h1);
  let chosen = declared[0] ?? null;
  let overruled: string | null = null;
  if (chosen) {
    const shown = shownDate(chosen, [...declared.slice(1), ...(modified ? [modified] : [])], body, h1, now);
    if (shown) [overruled, chosen] = [chosen, shown];
  }
  const fromUrl = dateFromUrl(url, now);
  // A full date in the URL is the local publication day; declared UTC times can fall on the next day.
  if (fromUrl && !overruled && !(chosen && OFFSET_STAMP.test(chosen) && daysApart(chosen, fromUrl) <= 1))
    return { value: chosen && chosen.slice(0, 10) === fromUrl ? chosen : fromUrl, overruled: null };
  if (chosen) return { value: chosen, overruled };
  const around = textAroundHeadline(body, h1);
  const description = metaValue(scan, META_KEYS.description);
  // A generic "date" meta is often the page's render or last-edit date: a date the page prints beats it.
  const value =
    labelledDate(around.start, now) ??
    nearestDate(around, now) ??
    findClassedDate(body, now) ??
    firstDate(metaValues(scan, GENERIC_KEYS), now, null) ??
    findScriptDate(scan.scripts, now) ??
    (description ? parsePrintedDate(description, now) : null) ??
    firstPageDate(around.start, now) ??
    folderDate(metaValue(scan, ['og:image', 'twitter:image']), now);
  return { value, overruled: null };
}

/** The `<h1>` that prints the headline; a page's first `<h1>` is often its logo ("Contour", "Deutschlandfunk"). */
function headlineElement(scan: PageScan, headline: string | null): ElementNode | null {
  // Letters and digits only: a kicker in a <span> runs into the title ("Die Zukunft der Arbeit\"Wir …").
  const key = headline ? lettersOf(headline).slice(0, 30) : '';
  if (key.length >= 10) {
    for (const h of scan.h1s.slice(0, 10))
      if (lettersOf(textContent(h).slice(0, 300)).startsWith(key)) return h;
  }
  return scan.h1s[0] ?? null;
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Publication dates the page declares (JSON-LD, specific metas, microdata and `<time>`), best first, each day once. */
function declaredDates(scan: PageScan, jsonLd: JsonLdFacts, now: number, h1: ElementNode | null): string[] {
  const out: string[] = [];
  for (const raw of [
    jsonLd.publishedAt ? parseDate(jsonLd.publishedAt, now) : null,
    firstDate(metaValues(scan, SPECIFIC_KEYS), now, scan),
    findDomDate(scan, now, h1),
  ]) {
    if (!raw) continue;
    const d = inLocalTime(raw, scan, now);
    if (!out.some((o) => o.slice(0, 10) === d.slice(0, 10))) out.push(d);
  }
  return out;
}

/**
 * The declared date the page shows its reader beside the headline, when that is not `chosen`: sources that
 * disagree are settled by the printed date, and a page that prints only its update date ("01.04.2023", with
 * `datePublished` 2021) presents itself as published then. Null when the printed dates settle nothing.
 */
function shownDate(
  chosen: string,
  others: string[],
  body: ElementNode,
  h1: ElementNode | null,
  now: number,
): string | null {
  const day = chosen.slice(0, 10);
  const rivals = others.filter((o) => o.slice(0, 10) !== day);
  if (rivals.length === 0 || !h1) return null;
  const shown = printedDays(textAroundHeadline(body, h1, true).near, now);
  if (shown.length === 0 || shown.some((s) => sameLocalDay(chosen, s))) return null;
  return rivals.find((r) => shown.includes(r.slice(0, 10))) ?? null;
}

function daysApart(a: string, b: string): number {
  return (
    Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) /
    86_400_000
  );
}

// A UTC time can print as the day before or after where the publisher is; a stated offset is exact.
function sameLocalDay(stamp: string, day: string): boolean {
  if (stamp.slice(0, 10) === day) return true;
  if (!UTC_STAMP.test(stamp)) return false;
  return daysApart(stamp, day) <= 1;
}

// "Erschienen am: 01.11.2023", "Published on 3 May 2019", "Datum: 18.10.2021": a printed date its label names
// as the publication date, ahead of the earliest date on the page (often "Last changed: …").
const PUBLISHED_LABEL =
  /\b(?:published|posted|created|submitted|erschienen|veröffentlicht|publiziert|erstellt|gespeichert|eingestellt|datum|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*/giu;
const BY_NAME = /^(?:by|von|par|por|da)\s/i;
const NAME_END = /\s(?:on|am|le|el|il|op)\s+|,\s*/;

function labelledDate(text: string, now: number): string | null {
  PUBLISHED_LABEL.lastIndex = 0;
  for (let m = PUBLISHED_LABEL.exec(text), n = 0; m && n < 20; m = PUBLISHED_LABEL.exec(text), n++) {
    let after = text.slice(PUBLISHED_LABEL.lastIndex, PUBLISHED_LABEL.lastIndex + 100);
    // "Submitted by jane on 24 July 2017", "Gespeichert von rasos am 24. Juli 2017": past the name.
    if (BY_NAME.test(after)) {
      const on = NAME_END.exec(after.slice(0, 60));
      if (!on) continue;
      after = after.slice(on.index + on[0].length);
    }
    after = after.slice(0, 40);
    const d = /^\d|^\p{L}+\.?,?\s+\d/u.test(after) ? parsePrintedDate(after, now) : null;
    if (d) return d;
  }
  return null;
}

// "Registriert: 18.09.2008", "Member since Jan 3, 2015": a forum's profile box dates the member, not the post.
const MEMBER_SINCE = /(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit le):?$/i;

/** The earliest date printed on the page that no label gives another meaning. */
function firstPageDate(text: string, now: number): string | null {
  for (const { at, value } of datesIn(text, now)) {
    if (!MEMBER_SINCE.test(text.slice(Math.max(0, at - 20), at).trimEnd())) return value;
  }
  return null;
}

// Uploads filed by day ("/files/2016/05/04/cover.png"); a date in the file name is when a picture was taken.
function folderDate(url: string | null, now: number): string | null {
  const m = url ? /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url) : null;
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`, now) : null;
}

// A publication date in a CMS's JSON state ("published_at": "2019-03-02T06:22:28+01:00").
const SCRIPT_DATE =
  /"(?:date_?published|published_?(?:at|date|time|on)|date_?created|created_?(?:at|date|time))"\s*:\s*"([^"]{8,40})"/gi;

function findScriptDate(scripts: ElementNode[], now: number): string | null {
  for (const script of scripts) {
    const text = textContent(script);
    SCRIPT_DATE.lastIndex = 0;
    for (let m = SCRIPT_DATE.exec(text), n = 0; m && n < 20; m = SCRIPT_DATE.exec(text), n++) {
      const d = parseDate(m[1]!, now);
      if (d) return d;
    }
  }
  return null;
}

const UTC_STAMP = /T\d{2}:\d{2}:\d{2}(?:Z|[+-]00:00)$/;
const OFFSET_STAMP = /T\d{2}:\d{2}:\d{2}[+-](?!00:00)\d{2}:\d{2}$/;

/**
 * A UTC timestamp restated in the offset the page itself uses for the same instant (a `<time>` or another
 * `<meta>`), so the day is the publisher's: 02:11 UTC on the 9th is the evening of the 8th in Boston.
 */
function inLocalTime(stamp: string, scan: PageScan, now: number): string {
  if (!UTC_STAMP.test(stamp)) return stamp;
  const instant = Date.parse(stamp);
  const stated = [
    ...scan.times.map((t) => t.attrs.datetime),
    ...scan.itemprops.map((el) => el.attrs.datetime ?? el.attrs.content),
    ...[...scan.metas.values()].flat(),
  ];
  for (const raw of stated.slice(0, 500)) {
    if (!raw || !/\d{2}:\d{2}/.test(raw)) continue;
    const d = parseDate(raw, now);
    if (d && OFFSET_STAMP.test(d) && Math.abs(Date.parse(d) - instant) < 60_000) return d;
  }
  return centralEuropeanMidnight(stamp, scan.lang) ?? stamp;
}

// Languages of countries on Central European Time.
const CET_LANGUAGE = /^(?:de|fr|it|nl|pl|cs|sk|sl|hr|hu|da|sv|nb|nn|no|sr|bs|lb|rm)\b/i;

/**
 * "2021-11-04T23:00:00Z" on a German page is a date-only field stored as local midnight: restated as
 * "2021-11-05T00:00:00+01:00", the same instant, it falls on the day the page prints.
 */
function centralEuropeanMidnight(stamp: string, lang: string | null): string | null {
  const m = /T(2[23]):00:00(?:\.0+)?(?:Z|[+-]00:00)$/.exec(stamp);
  if (!m || !lang || !CET_LANGUAGE.test(lang)) return null;
  const offset = m[1] === '23' ? 1 : 2;
  const local = new Date(Date.parse(stamp) + offset * 3_600_000).toISOString().slice(0, 10);
  return `${local}T00:00:00+0${offset}:00`;
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

/** Merges every metadata source into PageMeta, each field from its best source, with what it had to settle. */
export function readMetadata({ scan, jsonLd, url, h1s, bylines, now }: MetaInputs): {
  meta: PageMeta;
  warnings: Warning[];
} {
  const siteName = metaValue(scan, META_KEYS.siteName) ?? jsonLd.publisher;
  const headline = chooseHeadline(
    [jsonLd.headline, metaValue(scan, META_KEYS.headline), scan.title],
    h1s,
    siteName,
  );
  const metaAuthors = metaValues(scan, META_KEYS.authors).filter((a) => !a.startsWith('@'));
  let credits = cleanAuthors(jsonLd.authors, siteName, true);
  // The first printed byline that names someone wins; later ones are often quoted experts or teasers.
  for (const line of credits.authors.length === 0 ? bylines : []) {
    const found = cleanAuthors([line], siteName);
    if (found.authors.length > 0 || found.agencies.length > 0) {
      credits = found;
      break;
    }
  }
  if (credits.authors.length === 0) {
    const fromMeta = cleanAuthors(metaAuthors, siteName);
    credits = { authors: fromMeta.authors, agencies: [...credits.agencies, ...fromMeta.agencies] };
  }
  const modified =
    (jsonLd.modifiedAt ? parseDate(jsonLd.modifiedAt, now) : null) ??
    firstDate(metaValues(scan, META_KEYS.modified), now, null) ??
    microdataDate(scan, /dateModified/i, now);
  const published = findPublished(scan, jsonLd, url, now, modified, headline);
  const warnings: Warning[] = [];
  if (published.overruled)
    warnings.push({
      code: 'published-date-shown',
      message: `the page shows ${published.value!.slice(0, 10)} beside its headline; its metadata declares ${published.overruled}`,
    });
  const canonical = resolveUrl(scan.canonical ?? metaValue(scan, ['og:url']), url);
  const meta: PageMeta = {
    headline,
    dek: null,
    authors: credits.authors,
    agencies: credits.agencies,
    publishedAt: published.value,
    modifiedAt: modified,
    language:
      languageTag(scan.lang) ??
      languageTag(jsonLd.language) ??
      languageTag(metaValue(scan, META_KEYS.locale)),
    siteName: siteName ? foldSpace(siteName) : null,
    canonicalUrl: canonical,
  };
  return { meta, warnings };
}

function firstDate(values: string[], now: number, scan: PageScan | null): string | null {
  for (const v of values) {
    const d = parseDate(v, now);
    if (d) return d;
  }
  if (!scan) return null;
  // Keys outside the known list that plainly name a publication date.
  for (const [key, list] of scan.metas) {
    if (!/publish|pub_?date|release_?date/.test(key) || /update|modif/.test(key)) continue;
    const d = parseDate(list[0]!, now);
    if (d) return d;
  }
  return null;
}

const TRAILING = new Set([' ', ',', '|', '–', '—', '-']);

// A loop, not /[\s,|–—-]+$/: that pattern backtracks quadratically on long runs of separators.
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
