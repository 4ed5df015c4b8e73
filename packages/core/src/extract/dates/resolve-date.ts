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
// How far ahead a date with no tense cue may stand before it is read as last year's.
const AHEAD_DAYS = 183;

// The year for a month (and day) printed without one: the reference's year, as wire style omits the
// current year, moved back when a past event would fall ahead of the reference and forward when a coming
// one would fall before it; "last"/"next" name the month before or after the reference's.
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
  if (tense === 'future') return ahead < 0 ? year + 1 : year;
  const limit = tense === 'past' ? (day === null ? 0 : UPCOMING_DAYS) : AHEAD_DAYS;
  return ahead > limit ? year - 1 : year;
}

function resolveCalendar(
  meaning: Extract<DateMeaning, { type: 'calendar' }>,
  reference: Date | null,
  tense: Tense,
  textYear: number | null,
): Resolved {
  const { month, day } = meaning;
  if (month === null)
    return meaning.year === null ? UNRESOLVED : { value: String(meaning.year), precision: 'year' };
  let year = meaning.year;
  if (year === null && reference) year = pickYear(month, day, reference, tense, meaning.shift);
  year ??= textYear;
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
 * Resolves a date expression. `textYear` is a year taken from an absolute date elsewhere in the text,
 * used for month-days when there is no reference date ("November 9" after "November 9, 2017").
 */
export function resolveDate(
  meaning: DateMeaning,
  reference: Date | null,
  tense: Tense,
  textYear: number | null,
): Resolved {
  if (meaning.type === 'calendar') return resolveCalendar(meaning, reference, tense, textYear);
  return reference ? resolveRelative(meaning, reference, tense) : UNRESOLVED;
}
