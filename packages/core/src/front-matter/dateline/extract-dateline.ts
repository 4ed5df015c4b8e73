import { isUsState, lookupPlace } from '../../nlp/gazetteer/index';
import { compilePattern } from '../../util/pattern';
import { canonicalAgency } from '../agencies/canonical-agency';
import { MONTH, MONTH_NUMBER, NOT_PLACES } from './constants';

/** A dateline found at the start of a paragraph; offsets are relative to that paragraph. */
export interface DatelineMatch {
  /** As printed, without the separator: "DEIR EZZOR", "WASHINGTON (AP)". */
  text: string;
  place: string | null;
  country: string | null;
  date: string | null;
  agency: string | null;
  /** Length of the dateline with its separator ("DEIR EZZOR:"), from the paragraph start. */
  length: number;
  /** Where the story text starts after the separator and its spaces. */
  bodyStart: number;
}

// Capitals of any Latin script: "MÜNCHEN", "SÃO PAULO", "BOGOTÁ".
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.-]*[\\p{Lu}.]|\\p{Lu}";
const CAPS_PLACE = `(?:${CAPS_WORD})(?: (?:${CAPS_WORD})){0,4}`;
// A title-case place may hold short lower-case particles: "Rio de Janeiro", "Frankfurt am Main".
const TITLE_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const TITLE_PLACE = `${TITLE_WORD}(?: (?:\\p{Ll}{1,3} ){0,2}${TITLE_WORD}){0,3}`;
// A region is never a month: "PARIS, March 2 (AFP)" has a date where a region could stand.
const REGION = `(?!${MONTH} \\d)[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}`;
// "March 2", "2 March", German "12. März", Spanish and Portuguese "12 de marzo", an ISO date.
const DATE = `${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2}\\.? (?:de )?${MONTH}(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2}`;
// "AP", "Keystone-SDA", "Agência Brasil".
const AGENCY = "\\p{L}[\\p{L} .&'-]{0,40}";
// EFE's ".-" ("MADRID, 12 mar (EFE).-", typed ". -" too) besides the dashes and the colon.
const SEP = '\\s*(?:—|–|--|\\.\\s?-|-|:)\\s*';

// "DEIR EZZOR:", "WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "PARIS, March 2 (AFP) -", "ROME 1996-12-06".
const CAPS_DATELINE = compilePattern(
  `^(${CAPS_PLACE})(?: ?, (${REGION}))?(?: ?,? (${DATE}))?(?: ?\\((${AGENCY})\\))?(?:(${SEP})|(?=\\s|$))`,
  'u',
);
// Title-case place only with an agency in parentheses: "Kabul, Afghanistan (CNN) —"; EFE prints the region in
// parentheses: "Lyon (Francia), 23 may (EFE).-".
const TITLE_DATELINE = compilePattern(
  `^(${TITLE_PLACE})(?:, (${REGION})| \\((${REGION})\\))?(?:,? (${DATE}))? ?\\((${AGENCY})\\)(${SEP})`,
  'u',
);

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function isoDate(raw: string, year: number | null): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const month = /\p{L}+/u.exec(raw.replace(/\bde\b/, ''))?.[0]?.toLowerCase();
  const nums = raw.match(/\d+/g) ?? [];
  // "Sept", "September" and "Sep" are all in the table; a three-letter stem catches the rest.
  const m = month ? (MONTH_NUMBER[month] ?? MONTH_NUMBER[month.slice(0, 3)]) : undefined;
  if (!m) return null;
  const day = nums.find((n) => n.length <= 2);
  const y = nums.find((n) => n.length === 4) ?? (year ? String(year) : null);
  if (!y) return null;
  const mm = String(m).padStart(2, '0');
  return day ? `${y}-${mm}-${day.padStart(2, '0')}` : `${y}-${mm}`;
}

function countryOf(place: string, region: string | null): string | null {
  if (region) {
    if (isUsState(region)) return 'United States';
    const r = lookupPlace(region);
    if (r?.kind === 'country') return r.name;
  }
  const p = lookupPlace(place);
  return p ? p.country : null;
}

/**
 * Finds a dateline at the start of a paragraph. `year` fills in dates printed without one
 * ("PARIS, March 2 (AFP) -"); the place's country comes from the region or the gazetteer.
 */
export function extractDateline(paragraph: string, year: number | null = null): DatelineMatch | null {
  const head = paragraph.slice(0, 160);
  const caps = CAPS_DATELINE.exec(head);
  const title = caps ? null : TITLE_DATELINE.exec(head);
  if (!caps && !title) return null;
  // The title pattern has a second region group, the one in parentheses.
  const [whole, placeRaw, region, date, agencyRaw, sep] = (caps ?? [
    title![0],
    title![1],
    title![2] ?? title![3],
    title![4],
    title![5],
    title![6],
  ]) as (string | undefined)[];
  if (!placeRaw || NOT_PLACES.has(placeRaw)) return null;
  // A separator touching the word before it is a compound ("FDP-Fraktionsvize") or a kicker ("CLUBES.-"), unless
  // an agency or a date ends the dateline ("MADRID, 12 mar (EFE).-").
  if (sep && /^\.?-(?!-)/.test(sep) && !agencyRaw && !date) return null;
  // Without a separator, only an ISO date makes it a dateline (CoNLL's "ROME 1996-12-06").
  if (!sep && !(date && /^\d{4}-/.test(date))) return null;
  if (!sep && head.length > whole!.length && !/^\s*$/.test(head.slice(whole!.length, whole!.length + 1)))
    return null;
  // A shouted kicker before a shouted headline is no dateline: CoNLL's "CRICKET - LEICESTERSHIRE TAKE OVER …".
  const after = head.slice(whole!.length, whole!.length + 40);
  if (sep && /\p{Lu}{2}/u.test(after) && !/\p{Ll}/u.test(after)) return null;
  // A lone capital word with a colon is more often a speaker label ("WALLACE:") than a place.
  if (sep?.trim() === ':' && !placeRaw.includes(' ') && !lookupPlace(placeRaw)) return null;
  const sepLength = sep?.length ?? 0;
  const text = whole!.slice(0, whole!.length - sepLength).trimEnd();
  const length = whole!.length - (sepLength - (sep ?? '').trimEnd().length);
  const place = placeRaw === placeRaw.toUpperCase() ? titleCase(placeRaw) : placeRaw;
  return {
    text,
    place,
    country: countryOf(place, region ?? null),
    date: date ? isoDate(date, year) : null,
    agency: agencyRaw ? (canonicalAgency(agencyRaw) ?? agencyRaw.trim()) : null,
    length,
    bodyStart: whole!.length,
  };
}
