import { META_KEYS } from '../constants';
import { classAndId, type ElementNode, foldSpace, textContent } from '../dom';
import type { JsonLdFacts } from '../json-ld';
import { dateFromUrl, parseDate, parsePrintedDate, printedDays } from '../parse-date';
import type { PageScan } from '../scan-page';
import { GENERIC_DATE_KEYS, SCRIPT_DATE } from './constants';
import { besideHeadline, inOtherContext } from './date-context';
import { firstDate, microdataDate } from './declared-date';
import { daysApart, inLocalTime, OFFSET_STAMP, sameLocalDay } from './local-time';
import { metaValue, metaValues } from './meta-value';
import {
  findClassedDate,
  firstPageDate,
  labelledDate,
  nearestDate,
  textAroundHeadline,
} from './printed-date';

const SPECIFIC_KEYS = META_KEYS.published.filter((k) => !GENERIC_DATE_KEYS.has(k));
const GENERIC_KEYS = META_KEYS.published.filter((k) => GENERIC_DATE_KEYS.has(k));

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
    // A generic "date" meta is a rival too: the page's printed date settles which source is the article's (0212).
    const generic = firstDate(metaValues(scan, GENERIC_KEYS), now, null);
    const rivals = [...declared.slice(1), ...(modified ? [modified] : []), ...(generic ? [generic] : [])];
    const shown = shownDate(chosen, rivals, body, h1, now);
    if (shown) [overruled, chosen] = [chosen, shown];
  }
  const fromUrl = dateFromUrl(url, now);
  // A URL's full date is the local publication day (thelocal-1); declared UTC times can fall a day later (a Spanish paper's late-evening stories).
  if (fromUrl && !overruled && !(chosen && OFFSET_STAMP.test(chosen) && daysApart(chosen, fromUrl) <= 1))
    return { value: chosen && chosen.slice(0, 10) === fromUrl ? chosen : fromUrl, overruled: null };
  if (chosen) return { value: chosen, overruled };
  const around = textAroundHeadline(body, h1);
  const description = metaValue(scan, META_KEYS.description);
  // A generic "date" meta is often the page's render or last-edit date: a date the page prints beats it.
  const value =
    labelledDate(around.start, now) ??
    nearestDate(around, now) ??
    findClassedDate(scan.bodyElements, now) ??
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

/** Publication dates the page declares (JSON-LD, specific metas, microdata, `<time>`), best first, each day once
 * (sac-cas-1). */
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
 * `datePublished` 2021) presents itself as published then (sac-cas-1, outdoor-magazin-1). Null when the printed
 * dates settle nothing.
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

/**
 * Dates declared in the page body, best first: microdata `datePublished` (as mitsloan.mit.edu prints it), then
 * `<time>`.
 */
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

function timeRank(el: ElementNode): number {
  const words = `${classAndId(el)} ${el.attrs.itemprop ?? ''}`;
  if (el.attrs.pubdate !== undefined || /publish|created|posted|pubdate|entry-date/i.test(words)) return 2;
  if (/update|modif/i.test(words)) return -1;
  return 0;
}

// Uploads filed by day ("/files/2016/05/04/cover.png"); a date in the file name is when a picture was taken.
function folderDate(url: string | null, now: number): string | null {
  const m = url ? /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url) : null;
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`, now) : null;
}

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
