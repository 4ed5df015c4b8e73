import type { DateMeaning } from '../../nlp/dates/find-date-expressions';
import type { DateMention } from '../../schema/article';
import type { Tense } from './detect-tense';

export type Precision = NonNullable<DateMention['precision']>;

/** A resolved value, or nulls when the expression cannot be placed in time. */
export interface Resolved {
  value: string | null;
  precision: Precision | null;
}

const DAY_MS = 86_400_000;
const UNRESOLVED: Resolved = { value: null, precision: null };

const pad = (n: number) => String(n).padStart(2, '0');

function fromDate(date: Date, precision: Precision): Resolved {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const value =
    precision === 'year'
      ? y
      : precision === 'month'
        ? `${y}-${pad(date.getUTCMonth() + 1)}`
        : `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return { value, precision };
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

// A month-day that does not exist ("February 30") is not a date.
function validDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}

/** Parses a YYYY-MM-DD reference date as a UTC day, or null. */
export function parseReference(reference: string | null): Date | null {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// How far ahead of the reference a past-tense sentence may still name a coming day ("the caucuses Feb. 1").
const UPCOMING_DAYS = 14;
// How far ahead next year's month may stand and still be the one a text without a tense cue means.
const NEXT_YEAR_MONTH_DAYS = 92;

// The year for a month (and day) printed without one. "last"/"next"/"this" name the month before, after or of
// the reference's. Otherwise the tense of the sentence picks among last year, this year and next: a coming
// event ("will", "upcoming") is the first such day on or after the reference; a past one the last before it (or
// a little after: "the caucuses Feb. 1"); with no cue, the one nearest the reference ("the Jan 10 event" in a
// late-December story is next January's, not last January's).
function pickYear(month: number, day: number | null, reference: Date, tense: Tense, shift: number | null) {
  const ref = reference.getUTCFullYear();
  const on = (year: number) =>
    day === null ? new Date(Date.UTC(year, month - 1, 1)) : validDay(year, month, day);
  const refKey = day === null ? Date.UTC(ref, reference.getUTCMonth(), 1) : reference.getTime();
  const date = on(ref) ?? on(ref - 1) ?? on(ref + 1);
  if (!date) return null;
  const year = date.getUTCFullYear();
  const ahead = (date.getTime() - refKey) / DAY_MS;
  if (shift === 0) return year;
  if (shift === -1) return ahead < 0 ? year : year - 1;
  if (shift === 1) return ahead > 0 ? year : year + 1;
  const candidates: { year: number; ahead: number }[] = [];
  for (const y of [ref - 1, ref, ref + 1]) {
    const d = on(y);
    if (d) candidates.push({ year: y, ahead: (d.getTime() - refKey) / DAY_MS });
  }
  if (tense === 'future') return (candidates.find((c) => c.ahead >= 0) ?? candidates.at(-1)!).year;
  if (tense === 'past') {
    const limit = day === null ? 0 : UPCOMING_DAYS;
    return (candidates.filter((c) => c.ahead <= limit).at(-1) ?? candidates[0]!).year;
  }
  // Nearest, a tie going to the past. A month alone is mostly one gone by ("In May, the council voted"): next
  // year's is nearer only within a season ("In January" in a December story); a day is mostly one on a calendar.
  let best = candidates[0]!;
  for (const c of candidates) {
    if (c.year > ref && day === null && c.ahead > NEXT_YEAR_MONTH_DAYS) continue;
    if (Math.abs(c.ahead) < Math.abs(best.ahead)) best = c;
  }
  return best.year;
}

function resolveCalendar(
  meaning: Extract<DateMeaning, { type: 'calendar' }>,
  reference: Date | null,
  tense: Tense,
  textDate: Date | null,
): Resolved {
  const { month, day } = meaning;
  if (month === null)
    return meaning.year === null ? UNRESOLVED : { value: String(meaning.year), precision: 'year' };
  // Without a reference, a full date elsewhere in the text stands in for it: "Dec. 20, 2023 … the Jan. 10 event"
  // is January 2024's, as it would be after a December reference.
  const near = reference ?? textDate;
  const year = meaning.year ?? (near ? pickYear(month, day, near, tense, meaning.shift) : null);
  if (year === null) return UNRESOLVED;
  if (day === null) return { value: `${year}-${pad(month)}`, precision: 'month' };
  const date = validDay(year, month, day);
  return date ? fromDate(date, 'day') : UNRESOLVED;
}

function resolveWeekday(weekday: number, shift: number | null, reference: Date, tense: Tense): Resolved {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - reference.getUTCDay() + 7) % 7;
  if (shift === -1) return fromDate(addDays(reference, -(back || 7)), 'day');
  if (shift === 1) return fromDate(addDays(reference, ahead || 7), 'day');
  // News rule: a bare weekday is past unless the sentence looks ahead.
  return fromDate(addDays(reference, tense === 'future' ? ahead : -back), 'day');
}

function resolveRelative(meaning: DateMeaning, reference: Date, tense: Tense): Resolved {
  switch (meaning.type) {
    case 'weekday':
      return resolveWeekday(meaning.weekday, meaning.shift, reference, tense);
    case 'day':
      return fromDate(addDays(reference, meaning.offset), 'day');
    case 'ago':
      if (meaning.unit === 'day') return fromDate(addDays(reference, -meaning.amount), 'day');
      if (meaning.unit === 'week') return fromDate(addDays(reference, -7 * meaning.amount), 'day');
      if (meaning.unit === 'month') return fromDate(addMonths(reference, -meaning.amount), 'month');
      return { value: String(reference.getUTCFullYear() - meaning.amount), precision: 'year' };
    case 'period':
      // A week has no YYYY-MM-DD form of its own: it resolves to the month it falls in.
      if (meaning.unit === 'week') return fromDate(addDays(reference, 7 * meaning.shift), 'month');
      if (meaning.unit === 'month') return fromDate(addMonths(reference, meaning.shift), 'month');
      return { value: String(reference.getUTCFullYear() + meaning.shift), precision: 'year' };
    default:
      return UNRESOLVED;
  }
}

/** True when the expression needs a reference date (or a year from elsewhere) to be placed in time. */
export function isRelative(meaning: DateMeaning): boolean {
  return meaning.type !== 'calendar' || meaning.year === null;
}

/**
 * Resolves a date expression. `textDate` is the nearest full date elsewhere in the text, used for month-days
 * when there is no reference date ("November 9" after "November 19, 2017").
 */
export function resolveDate(
  meaning: DateMeaning,
  reference: Date | null,
  tense: Tense,
  textDate: Date | null,
): Resolved {
  if (meaning.type === 'calendar') return resolveCalendar(meaning, reference, tense, textDate);
  return reference ? resolveRelative(meaning, reference, tense) : UNRESOLVED;
}
