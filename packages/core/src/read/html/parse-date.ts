import { alternationOf, PAGE_MONTHS, PAGE_WORDS } from '../../languages';
import { compilePattern } from '../../util/pattern';
import { table } from '../../util/table';

// Month names of every pack: pages are read before their language is known.
const MONTHS = PAGE_MONTHS;

/** A name without its accents and diacritics, lower case: "ΜΑΡΤΙΟΥ" and "Μαρτίου" both → "μαρτιου". */
function foldMarks(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// The same names without their accents, for pages that print them in capitals or plain letters ("12 ΜΑΡΤΙΟΥ
// 2024", "12 fevrier 2024"); a folded form two months share is left out.
const FOLDED_MONTHS: Readonly<Record<string, number>> = (() => {
  const folded: Record<string, number> = {};
  const clash = new Set<string>();
  for (const [name, n] of Object.entries(MONTHS)) {
    const f = foldMarks(name);
    if (f in MONTHS) continue;
    if (folded[f] !== undefined && folded[f] !== n) clash.add(f);
    folded[f] = n;
  }
  for (const f of clash) delete folded[f];
  return table(folded);
})();

/** The month a printed name or abbreviation stands for, 1–12, or undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? FOLDED_MONTHS[foldMarks(lower)];
}

// Digits of other scripts (Arabic-Indic, Persian, full-width) become ASCII, and the invisible direction marks
// of right-to-left pages become spaces, one character for one so that offsets stay those of the text.
const FOREIGN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g;
const DIRECTION_MARK = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** `s` with the digits of other scripts in ASCII and direction marks as spaces, each offset unchanged. */
export function asciiDigits(s: string): string {
  if (!/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(s))
    return s;
  return s
    .replace(FOREIGN_DIGIT, (d) => {
      const c = d.charCodeAt(0);
      const zero = c >= 0xff10 ? 0xff10 : c >= 0x06f0 ? 0x06f0 : 0x0660;
      return String(c - zero);
    })
    .replace(DIRECTION_MARK, ' ');
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$/;
const SLASHED_YMD = /\b(\d{4})([/.-])(\d{1,2})\2(\d{1,2})\b/;
const RFC2822 =
  /^(?:\p{L}{2,3},?\s+)?(\d{1,2})\s+(\p{L}{3,4})\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})\b/iu;
const DMY = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;
// "1er mars", "1º de março": the first of the month. The month is two to thirteen letters ("آب", "października", "σεπτεμβρίου"), perhaps followed by a second
// name for it ("12 آذار/مارس 2024"); the Arabic comma may follow it.
const DAY_MONTH_YEAR =
  /\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{2,13})(?:\s?\/\s?\p{L}{2,13})?\.?[,،]?\s+(?:de\s+)?(\d{4})\b/u;
// Month names of two words ("كانون الثاني", "تشرين الأول") are listed: a free second word would swallow "de".
const LONG_NAMES = Object.keys(MONTHS).filter((name) => name.includes(' '));
const DAY_NAMED_MONTH_YEAR = LONG_NAMES.length
  ? `(?<!\\d)(\\d{1,2})\\s+(${alternationOf(LONG_NAMES)})(?:\\s?\\/\\s?\\p{L}{2,13})?[,،]?\\s+(\\d{4})(?!\\d)`
  : null;
// Year, month and day in digits, each followed by its mark ("2024年3月12日", "2024년 3월 12일").
const marks = (i: number) => alternationOf([...new Set((PAGE_WORDS.yearFirstMarks ?? []).map((m) => m[i]!))]);
const YEAR_FIRST_MARKED = PAGE_WORDS.yearFirstMarks?.length
  ? `(?<!\\d)(\\d{4})\\s?(?:${marks(0)})\\s?(\\d{1,2})\\s?(?:${marks(1)})\\s?(\\d{1,2})\\s?(?:${marks(2)})`
  : null;
// The same in a script's own numerals ("二〇二四年三月十二日"), and with the year counted in an era ("令和6年3月12日",
// "令和元年5月1日"): digits or numerals for the month and day, either for the era's year.
const NUMERALS = PAGE_WORDS.numerals;
const NUMERAL_SIGNS = NUMERALS ? `${NUMERALS.digits.join('')}${NUMERALS.ten}` : '';
const SMALL_NUMBER = NUMERALS ? `(\\d{1,2}|[${NUMERAL_SIGNS}]{1,3})` : '(\\d{1,2})';
const MARKED_MONTH_DAY = `\\s?(?:${marks(1)})\\s?${SMALL_NUMBER}\\s?(?:${marks(2)})`;
const NUMERAL_YEAR_FIRST =
  NUMERALS && PAGE_WORDS.yearFirstMarks?.length
    ? `([${NUMERALS.digits.join('')}]{4})\\s?(?:${marks(0)})\\s?${SMALL_NUMBER}${MARKED_MONTH_DAY}`
    : null;
const ERAS = PAGE_WORDS.eras;
const ERA_YEAR_FIRST =
  ERAS && PAGE_WORDS.yearFirstMarks?.length
    ? `(${alternationOf(ERAS.names.map(([name]) => name))})\\s?(${ERAS.firstYear}|\\d{1,2}|[${NUMERAL_SIGNS}]{1,3})\\s?(?:${marks(0)})\\s?${SMALL_NUMBER}${MARKED_MONTH_DAY}`
    : null;

/** A number written in digits or in the pack's numerals: positionally ("二〇二四" 2024), or in tens ("二十三" 23). */
function numberOf(text: string): number {
  if (/^\d+$/.test(text) || !NUMERALS) return Number(text);
  const digit = (c: string) => NUMERALS.digits.findIndex((signs) => signs.includes(c));
  const ten = text.indexOf(NUMERALS.ten);
  if (ten < 0) return [...text].reduce((n, c) => n * 10 + digit(c), 0);
  const tens = ten === 0 ? 1 : digit(text.slice(0, ten));
  const units = ten === text.length - 1 ? 0 : digit(text.slice(ten + 1));
  return tens * 10 + units;
}

const MONTH_DAY_YEAR = /\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
// Year first with a month name, as PubMed and Highwire `citation_publication_date` print it: "2023 Jan 7".
const YEAR_MONTH_DAY = /\b(\d{4})\s+(\p{L}{3,10})\.?\s+(\d{1,2})\b/u;

const MIN_YEAR = 1990;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDay(y: number, m: number, d: number, now: number): boolean {
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = Date.UTC(y, m - 1, d);
  // A date more than two days ahead of the clock is not a publication date.
  return t <= now + 2 * 86_400_000;
}

function zone(raw: string | undefined): string {
  if (!raw) return '';
  const z = raw.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 'Z';
  const digits = z.replace(':', '');
  if (digits.length === 3) return `${digits}:00`;
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

/**
 * Reads a machine or printed date ("2017-11-19T10:00:00+01:00", "Sun, 19 Nov 2017 10:00:00 GMT",
 * "November 19, 2017", "19. November 2017", "19.11.2017") into ISO 8601, keeping the time zone it
 * states; null when it is not a plausible publication date.
 */
export function parseDate(raw: string, now = Date.now()): string | null {
  const s = asciiDigits(raw.trim().slice(0, 200));
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d, now)) return null;
    const day = `${m[1]}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return day;
    return `${day}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
  }
  m = COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d, now)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return day;
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
  }
  // RFC 2822 ("Sat, 19 Oct 2019 00:04:00 +0200"), keeping the offset it states: the local day is the page's.
  const r = RFC2822.exec(s);
  if (r) {
    const mo = monthNumber(r[2]!);
    const [y, d] = [Number(r[3]), Number(r[1])];
    if (mo && validDay(y, mo, d, now))
      return `${y}-${pad(mo)}-${pad(d)}T${pad(Number(r[4]))}:${r[5]}:${r[6] ?? '00'}${zone(r[7])}`;
  }
  return parsePrintedDate(s, now);
}

// Every printed form but those in a script's own numerals or an era has its year in four ASCII digits.
const FOUR_DIGITS = /\d{4}/;
const PRINTED = [
  { re: compilePattern(SLASHED_YMD.source, 'g'), order: 'ymd' },
  ...(YEAR_FIRST_MARKED ? [{ re: compilePattern(YEAR_FIRST_MARKED, 'g'), order: 'y-m-d' } as const] : []),
  ...(NUMERAL_YEAR_FIRST
    ? [{ re: compilePattern(NUMERAL_YEAR_FIRST, 'g'), order: 'numerals' } as const]
    : []),
  ...(ERA_YEAR_FIRST ? [{ re: compilePattern(ERA_YEAR_FIRST, 'g'), order: 'era' } as const] : []),
  { re: compilePattern(DAY_MONTH_YEAR.source, 'gu'), order: 'd-name-y' },
  ...(DAY_NAMED_MONTH_YEAR
    ? [{ re: compilePattern(DAY_NAMED_MONTH_YEAR, 'giu'), order: 'd-name-y' } as const]
    : []),
  { re: compilePattern(MONTH_DAY_YEAR.source, 'gu'), order: 'name-d-y' },
  { re: compilePattern(YEAR_MONTH_DAY.source, 'gu'), order: 'y-name-d' },
  { re: compilePattern(DMY.source, 'g'), order: 'dmy' },
] as const;

function readMatch(m: RegExpExecArray, order: (typeof PRINTED)[number]['order'], now: number): string | null {
  if (order === 'ymd') {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return validDay(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (order === 'y-m-d') {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (order === 'numerals') {
    const [y, mo, d] = [numberOf(m[1]!), numberOf(m[2]!), numberOf(m[3]!)];
    return validDay(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (order === 'era' && ERAS) {
    const first = ERAS.names.find(([name]) => name === m[1])![1];
    const y = first + (m[2] === ERAS.firstYear ? 0 : numberOf(m[2]!) - 1);
    const [mo, d] = [numberOf(m[3]!), numberOf(m[4]!)];
    return validDay(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (order === 'd-name-y') {
    const mo = monthNumber(m[2]!);
    return mo && validDay(Number(m[3]), mo, Number(m[1]), now)
      ? `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`
      : null;
  }
  if (order === 'name-d-y') {
    const mo = monthNumber(m[1]!);
    return mo && validDay(Number(m[3]), mo, Number(m[2]), now)
      ? `${m[3]}-${pad(mo)}-${pad(Number(m[2]))}`
      : null;
  }
  if (order === 'y-name-d') {
    const mo = monthNumber(m[2]!);
    return mo && validDay(Number(m[1]), mo, Number(m[3]), now)
      ? `${m[1]}-${pad(mo)}-${pad(Number(m[3]))}`
      : null;
  }
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Day first is the reading in most of the world; a second number over 12 flips it.
  if (validDay(y, b, a, now)) return `${y}-${pad(b)}-${pad(a)}`;
  if (validDay(y, a, b, now)) return `${y}-${pad(a)}-${pad(b)}`;
  return null;
}

/** Finds the earliest printed calendar date inside running text; returns YYYY-MM-DD or null. */
export function parsePrintedDate(s: string, now = Date.now()): string | null {
  return datesIn(s, now)[0]?.value ?? null;
}

/**
 * Every printed calendar date in running text with its offsets (`end` just after it), in the order they appear
 * (at most 50 per form).
 */
export function datesIn(raw: string, now = Date.now()): { at: number; end: number; value: string }[] {
  const s = asciiDigits(raw);
  const found: { at: number; end: number; value: string }[] = [];
  const slashed: { date: (typeof found)[number]; m: RegExpExecArray }[] = [];
  // Most texts read here (blocks, bylines, the lines around a headline) hold no four-digit year: one native scan
  // says so, and the forms that need one are not run (each would try its month names at every word).
  const hasYear = FOUR_DIGITS.test(s);
  for (const { re, order } of PRINTED) {
    if (!hasYear && order !== 'numerals' && order !== 'era') continue;
    re.lastIndex = 0;
    let tries = 0;
    for (let m = re.exec(s); m && tries < 50; m = re.exec(s), tries++) {
      const value = readMatch(m, order, now);
      if (!value) continue;
      const date = { at: m.index, end: m.index + m[0].length, value };
      found.push(date);
      if (order === 'dmy' && m[0].includes('/')) slashed.push({ date, m });
    }
  }
  monthFirstWhereShown(slashed, now);
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Slashed dates read month first when the same text prints one that can only be month first ("8/1/2025
 * 8/27/2025" on an American page is 1 and 27 August, not 8 January) and none that can only be day first.
 */
function monthFirstWhereShown(slashed: { date: { value: string }; m: RegExpExecArray }[], now: number): void {
  if (slashed.length < 2) return;
  const parts = slashed.map(({ m }) => [Number(m[1]), Number(m[2])] as const);
  const monthFirst = parts.some(([a, b]) => a <= 12 && b > 12);
  const dayFirst = parts.some(([a, b]) => b <= 12 && a > 12);
  if (!monthFirst || dayFirst) return;
  slashed.forEach(({ date, m }, i) => {
    const [a, b] = parts[i]!;
    const y = Number(m[3]);
    if (validDay(y, a, b, now)) date.value = `${y}-${pad(a)}-${pad(b)}`;
  });
}

// A text node that is nothing but a day with a two-digit year, perhaps a time and separators: "| 31.10.23".
const LONE_SHORT_DATE =
  /^[\s,|–—-]*(\d{1,2})\.(\d{1,2})\.(\d{2})(?:,?\s{0,3}\d{1,2}:\d{2}(?:\s?Uhr)?)?[\s,|–—-]*$/;

/**
 * A text node holding only a date with a two-digit year, written out with its century ("31.10.2023") so that
 * printed-date readers take it; anything else unchanged. In running text the same shape is a version or a score.
 */
export function expandLoneShortDate(text: string): string {
  const m = text.length <= 40 ? LONE_SHORT_DATE.exec(text) : null;
  return m ? `${m[1]}.${m[2]}.20${m[3]}` : text;
}

/** Every printed calendar date in running text, in the order they appear, each day once (at most `limit`). */
export function printedDays(s: string, now = Date.now(), limit = 12): string[] {
  const days: string[] = [];
  for (const { value } of datesIn(s, now)) {
    if (!days.includes(value)) days.push(value);
    if (days.length >= limit) break;
  }
  return days;
}

/** A date in a URL path ("/2017/11/19/", "/2017-11-19-", "/20171119/"), as YYYY-MM-DD, or null. */
export function dateFromUrl(url: string | null, now = Date.now()): string | null {
  if (!url) return null;
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3]), now)) return `${m[1]}-${m[2]}-${m[3]}`;
  // "/2017/7/12/": single-digit parts only between slashes.
  const s = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
  if (s && validDay(Number(s[1]), Number(s[2]), Number(s[3]), now))
    return `${s[1]}-${pad(Number(s[2]))}-${pad(Number(s[3]))}`;
  return null;
}

/**
 * A day with a two-digit year ("30.10.23"), read only where an element's class says it holds a date: in
 * running text the same shape is a version number or a score.
 */
export function parseShortDate(s: string, now = Date.now()): string | null {
  const m = /\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), 2000 + Number(m[3])];
  return validDay(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
