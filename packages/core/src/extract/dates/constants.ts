import { table } from '../../util/table';
/** Weekday names, Sunday = 0 as in Date.getUTCDay. */
export const WEEKDAYS: Readonly<Record<string, number>> = table({
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
});

/** Capitalised words that make a weekday part of a name: "Sunday Times", "Bloody Sunday", "Good Friday". */
export const WEEKDAY_NAME_PARTS: ReadonlySet<string> = new Set([
  'Times',
  'Telegraph',
  'Express',
  'Mirror',
  'Herald',
  'Post',
  'Mail',
  'Tribune',
  'Independent',
  'Observer',
  'News',
  'School',
  'Good',
  'Black',
  'Bloody',
  'Ash',
  'Holy',
  'Maundy',
  'Palm',
  'Easter',
  'Cyber',
]);

/** Month names and the abbreviations newsrooms print ("Nov.", "Sept."); "May" is in both. */
export const MONTHS: Readonly<Record<string, number>> = table({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

// Prepositions of time: before a month name or a four-digit number, they make it a date.
const TIME_PREPOSITIONS = [
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'through',
  'from',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'throughout',
];

/** Words before a bare month name that make it a date ("in May"), not a name ("Theresa May"). */
export const MONTH_LEADS: ReadonlySet<string> = new Set([...TIME_PREPOSITIONS, 'of', 'last', 'next', 'this']);

/** Prepositions before a four-digit number that make it a year whatever follows ("in 2014 people fled"). */
export const YEAR_LEADS: ReadonlySet<string> = new Set([...TIME_PREPOSITIONS, 'between', 'year']);

/** Words before a number that make it a count ("more than 2014", "killed 2000"). */
export const COUNT_LEADS: ReadonlySet<string> = new Set([
  'than',
  'least',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'under',
  'killed',
  'wounded',
  'injured',
  'estimated',
  'approximately',
  'roughly',
  'total',
  'only',
  'just',
  '$',
  '€',
  '£',
  'no',
  'number',
]);

/** Nouns after a four-digit number that make it a count ("2000 people", "2014 votes"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'civilians',
  'soldiers',
  'troops',
  'fighters',
  'children',
  'residents',
  'votes',
  'voters',
  'cases',
  'deaths',
  'members',
  'workers',
  'students',
  'homes',
  'houses',
  'vehicles',
  'cars',
  'units',
  'jobs',
  'dollars',
  'euros',
  'pounds',
  'tonnes',
  'tons',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'feet',
  'hours',
  'points',
  'times',
  'refugees',
  'migrants',
  'families',
  'percent',
]);

/** Units of "N units ago" and of "this/last/next unit". */
export const CALENDAR_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = table({
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  weekend: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
});

/** Single words that name a day relative to the reference, in days. */
export const DAY_WORDS: Readonly<Record<string, number>> = table({
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
});

/** Words that put what follows them in the future ("will meet on Friday", "ahead of a summit on Wednesday"). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will',
  'would',
  "'ll",
  'shall',
  'ahead',
  'upcoming',
  'forthcoming',
  'scheduled',
  'due',
  'planned',
  'plans',
  'plan',
  'expected',
  'expects',
  'set',
  'going',
  'tomorrow',
  'next',
]);

/** Common irregular past-tense verbs; regular ones are caught by their "-ed". */
export const PAST_VERBS: ReadonlySet<string> = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'met',
  'took',
  'made',
  'came',
  'went',
  'saw',
  'held',
  'began',
  'fought',
  'left',
  'led',
  'won',
  'lost',
  'fell',
  'hit',
  'struck',
  'broke',
  'gave',
  'found',
  'spoke',
  'ran',
  'shot',
  'sent',
  'brought',
  'kept',
  'became',
  'stood',
  'rose',
  'chose',
  'flew',
  'wrote',
  'thought',
  'felt',
  'paid',
  'sought',
  'caught',
  'built',
  'heard',
  'overran',
  'retook',
  'withdrew',
  'yesterday',
  'ago',
  'last',
]);

/** Past participles ending in "-ed" that look forward rather than back. */
export const FUTURE_PARTICIPLES: ReadonlySet<string> = new Set(['scheduled', 'planned', 'expected']);

/** Warning code when relative dates cannot be resolved. */
export const NO_REFERENCE_DATE = 'no-reference-date' as const;
