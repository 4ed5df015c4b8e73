import type { DateWords, NumberWords } from '../../languages/types';
import type { Token } from '../annotate';

export type Unit = 'day' | 'week' | 'month' | 'year';
/** -1 for "last", 1 for "next", 0 for "this", null when the text gives none. */
export type Shift = -1 | 0 | 1 | null;

/** What a date expression says, before it is resolved against a reference date. */
export type DateMeaning =
  | { type: 'calendar'; year: number | null; month: number | null; day: number | null; shift: Shift }
  | { type: 'weekday'; weekday: number; shift: Shift }
  | { type: 'ago'; unit: Unit; amount: number }
  | { type: 'period'; unit: Unit; shift: -1 | 0 | 1 }
  | { type: 'day'; offset: number };

/** A date expression found in the text: its character offsets, its token range and its meaning. */
export interface DateExpression {
  start: number;
  end: number;
  first: number;
  last: number;
  meaning: DateMeaning;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The words of a pack that may open a date although written in lower case, and its day phrases by first word. */
interface Openers {
  words: ReadonlySet<string>;
  phrases: ReadonlyMap<string, readonly { words: readonly string[]; offset: number }[]>;
  /** Month and weekday names, which open a date from any case but lower case in English ("may", "sun"). */
  names: ReadonlySet<string>;
}

const OPENERS = new WeakMap<DateWords, Openers>();

// English capitalises its weekdays and months and has no lead words or day phrases, so its set stays empty and
// lower-case words open a date only as before; languages that write "dimanche" and "marzo" in lower case add them.
function openersOf(w: DateWords): Openers {
  let found = OPENERS.get(w);
  if (found) return found;
  const words = new Set<string>();
  const phrases = new Map<string, { words: readonly string[]; offset: number }[]>();
  if (!w.capitalisedNames)
    for (const k of [...Object.keys(w.weekdays), ...Object.keys(w.months)]) words.add(k);
  if (Object.keys(w.shiftsAfter).length > 0) for (const k of Object.keys(w.calendarUnits)) words.add(k);
  // Longest phrases first, so that "ieri sera tardi" would win over "ieri sera".
  const byLength = Object.entries(w.dayPhrases).sort((a, b) => b[0].length - a[0].length);
  for (const [phrase, offset] of byLength) {
    const parts = phrase.split(' ');
    words.add(parts[0]!);
    const list = phrases.get(parts[0]!) ?? [];
    list.push({ words: parts, offset });
    phrases.set(parts[0]!, list);
  }
  found = { words, phrases, names: new Set([...Object.keys(w.months), ...Object.keys(w.weekdays)]) };
  OPENERS.set(w, found);
  return found;
}

// Every lower-case word some reader starts from: the openers, shift and day words, number words and amounts. The
// pack's number words live apart from its date words, so the set is kept per pair.
const STARTS = new WeakMap<DateWords, WeakMap<NumberWords, ReadonlySet<string>>>();

function startsOf(openers: Openers, w: DateWords, numbers: NumberWords): ReadonlySet<string> {
  let byNumbers = STARTS.get(w);
  if (!byNumbers) {
    byNumbers = new WeakMap();
    STARTS.set(w, byNumbers);
  }
  let starts = byNumbers.get(numbers);
  if (starts) return starts;
  starts = new Set([
    ...openers.words,
    ...Object.keys(w.shifts),
    ...Object.keys(w.dayWords),
    ...Object.keys(numbers.numberWords),
    ...w.articleAmounts,
  ]);
  byNumbers.set(numbers, starts);
  return starts;
}
const YEAR = /^(?:18|19|20)\d{2}$/;
const POSSESSIVE = /['’]s$/;

/** A scanner over one run of tokens that never crosses a sentence boundary. */
class Scanner {
  private readonly raws: string[];
  private readonly words: string[];
  private readonly openers: Openers;
  private readonly starts: ReadonlySet<string>;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly w: DateWords,
    private readonly numbers: NumberWords,
  ) {
    // Only a token ending in "s" can carry a possessive: the others skip the regular expression.
    this.raws = tokens.map((t) =>
      t.text.charCodeAt(t.text.length - 1) === 115 ? t.text.replace(POSSESSIVE, '') : t.text,
    );
    // A token without a possessive has its lower case already.
    this.words = tokens.map((t, i) => (this.raws[i] === t.text ? t.lower : this.raws[i]!.toLowerCase()));
    this.openers = openersOf(w);
    this.starts = startsOf(this.openers, w, numbers);
  }

  /** The token's text without a possessive "'s". */
  raw(i: number): string {
    return this.raws[i] ?? '';
  }

  word(i: number): string {
    return this.words[i] ?? '';
  }

  /** End offset of the token without its possessive. */
  endOf(i: number): number {
    const t = this.tokens[i]!;
    return t.start + this.raw(i).length;
  }

  /** True when token j exists and is in the same sentence as token i. */
  joined(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return !!a && !!b && a.sentence === b.sentence;
  }

  capitalised(i: number): boolean {
    const c = this.tokens[i]?.text[0];
    return !!c && c !== c.toLowerCase();
  }

  /** The token after a month abbreviation's full stop ("Nov. 9"), or after the month itself. */
  afterMonth(i: number): number {
    const dot = this.tokens[i + 1];
    return dot?.text === '.' && dot.start === this.tokens[i]!.end && this.raw(i).length <= 4 ? i + 2 : i + 1;
  }

  /** Whether token i may be a weekday or a month name: capitalised where the language capitalises them. */
  nameCase(i: number): boolean {
    return !this.w.capitalisedNames || this.capitalised(i);
  }

  monthAt(i: number): number | null {
    if (!this.nameCase(i)) return null;
    return this.w.months[this.word(i)] ?? null;
  }

  dayAt(i: number, from: number): number | null {
    if (!this.joined(from, i)) return null;
    const m = this.w.dayNumber.exec(this.tokens[i]!.text);
    const day = m ? Number(m[1]) : 0;
    return day >= 1 && day <= 31 ? day : null;
  }

  yearAt(i: number, from: number): number | null {
    if (!this.joined(from, i)) return null;
    const text = this.raw(i);
    return YEAR.test(text) ? Number(text) : null;
  }

  expression(first: number, last: number, meaning: DateMeaning): DateExpression {
    return { start: this.tokens[first]!.start, end: this.endOf(last), first, last, meaning };
  }

  /** "November 9, 2017", "Nov. 9", "November 2017", "in November", "last November". */
  readMonthFirst(i: number): DateExpression | null {
    const month = this.monthAt(i);
    if (month === null) return null;
    const next = this.afterMonth(i);
    const day = this.dayAt(next, i);
    if (day !== null && this.tokens[next]!.text === this.raw(next)) {
      const comma = this.tokens[next + 1]?.text === ',' ? next + 2 : next + 1;
      const year = this.yearAt(comma, i);
      if (year !== null) return this.expression(i, comma, calendar(year, month, day));
      return this.expression(i, next, calendar(null, month, day));
    }
    const linked = this.w.monthYearLinks.has(this.word(next)) ? next + 1 : next;
    const year = this.yearAt(linked, i);
    if (year !== null) return this.expression(i, linked, calendar(year, month, null));
    return this.readBareMonth(i, month);
  }

  // A month alone is a date only after a word like "in" or "last", and only spelt in full ("in May").
  readBareMonth(i: number, month: number): DateExpression | null {
    if (this.raw(i).length < 5 && !this.w.shortMonths.has(this.word(i))) return null;
    const lead = this.joined(i, i - 1) ? this.word(i - 1) : '';
    if (!this.w.monthLeads.has(lead)) return null;
    const shift = this.w.shifts[lead];
    if (shift !== undefined) return this.expression(i - 1, i, { ...calendar(null, month, null), shift });
    return this.expression(i, i, calendar(null, month, null));
  }

  /** A link the pack prints between a day and its month at token i: German "12. März", Spanish "12 de marzo". */
  dayLinkAt(i: number): boolean {
    const link = this.tokens[i];
    if (!link || !this.w.dayMonthLinks.has(link.lower)) return false;
    // The full stop of an ordinal touches its number: "12." but not "12 . März".
    return link.text !== '.' || link.start === this.tokens[i - 1]!.end;
  }

  /** "9 November", "9 November 2017", "12. März 2024", "12 de marzo de 2024". */
  readDayFirst(i: number): DateExpression | null {
    const day = this.dayAt(i, i);
    if (day === null || !this.joined(i, i + 1)) return null;
    const at = this.dayLinkAt(i + 1) && this.joined(i, i + 2) ? i + 2 : i + 1;
    const month = this.monthAt(at);
    if (month === null) return null;
    const next = this.afterMonth(at);
    const linked = this.w.monthYearLinks.has(this.word(next)) ? next + 1 : next;
    const year = this.yearAt(linked, i);
    if (year !== null) return this.expression(i, linked, calendar(year, month, day));
    return this.expression(i, at, calendar(null, month, day));
  }

  /** Token `first` with the lead word before it, when the pack counts one: "am Montag", "el pasado domingo". */
  withLead(first: number): number {
    return this.joined(first, first - 1) && this.w.leads.has(this.word(first - 1)) ? first - 1 : first;
  }

  /** "Sunday", "last Sunday", "Sunday, November 19, 2017". */
  readWeekday(i: number): DateExpression | null {
    if (!this.nameCase(i)) return null;
    const weekday = this.w.weekdays[this.word(i)];
    if (weekday === undefined) return null;
    const before = this.joined(i, i - 1) ? this.raw(i - 1) : '';
    const after = this.joined(i, i + 1) ? this.raw(i + 1) : '';
    if (this.w.weekdayNameParts.has(before) || this.w.weekdayNameParts.has(after)) return null;
    if (this.tokens[i + 1]?.text === ',' && this.joined(i, i + 2)) {
      const date = this.readMonthFirst(i + 2) ?? this.readDayFirst(i + 2);
      if (date?.meaning.type === 'calendar' && date.meaning.day !== null) {
        return this.expression(i, date.last, date.meaning);
      }
    }
    const shift = this.joined(i, i - 1) ? this.w.shifts[this.word(i - 1)] : undefined;
    if (shift !== undefined)
      return this.expression(this.withLead(i - 1), i, { type: 'weekday', weekday, shift });
    // "dimanche dernier", "domenica scorsa".
    const later = this.joined(i, i + 1) ? this.w.shiftsAfter[this.word(i + 1)] : undefined;
    if (later !== undefined)
      return this.expression(this.withLead(i), i + 1, { type: 'weekday', weekday, shift: later });
    return this.expression(this.withLead(i), i, { type: 'weekday', weekday, shift: null });
  }

  /** "2014", unless it counts something ("2014 people", "more than 2014"). */
  readYear(i: number): DateExpression | null {
    const year = this.yearAt(i, i);
    if (year === null || this.tokens[i]!.text.includes(',')) return null;
    const lead = this.joined(i, i - 1) ? this.word(i - 1) : '';
    if (!this.w.yearLeads.has(lead)) {
      if (this.w.countLeads.has(lead)) return null;
      if (this.joined(i, i + 1) && this.w.countNouns.has(this.word(i + 1))) return null;
    }
    return this.expression(i, i, calendar(year, null, null));
  }

  /** Whether token i opens its sentence or a quotation: "Today, …", “Tonight was supposed to …”. */
  opensSentence(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!before || !this.joined(i, i - 1)) return true;
    const after = this.tokens[i + 1];
    // “Today” alone in quotation marks is a show's title (NBC's “Today”).
    const closes = !!after && this.joined(i, i + 1) && /^["'”’]$/.test(after.text);
    return /^["'“‘([]$/.test(before.text) && !closes;
  }

  /**
   * "today", "yesterday", "tomorrow". Capitalised inside a sentence the word is part of a name ("USA TODAY",
   * "Good Morning America Today"); only at the opening of a sentence or a quotation is a capitalised one a date.
   */
  readDayWord(i: number): DateExpression | null {
    const phrase = this.readDayPhrase(i);
    if (phrase) return phrase;
    const offset = this.w.dayWords[this.word(i)];
    if (offset === undefined) return null;
    if (this.capitalised(i) && !this.opensSentence(i)) return null;
    // "por la mañana" is the morning, "mañana" alone tomorrow.
    if (this.joined(i, i - 1) && this.w.notDayAfter.has(this.word(i - 1))) return null;
    return this.expression(i, i, { type: 'day', offset });
  }

  /** "ieri sera", "questa mattina", "heute Morgen": a day named in two or three words. */
  readDayPhrase(i: number): DateExpression | null {
    const candidates = this.openers.phrases.get(this.word(i));
    if (!candidates || (this.capitalised(i) && !this.opensSentence(i))) return null;
    for (const { words, offset } of candidates) {
      const last = i + words.length - 1;
      if (!this.joined(i, last)) continue;
      if (words.every((word, k) => this.word(i + k) === word))
        return this.expression(i, last, { type: 'day', offset });
    }
    return null;
  }

  /** "a week ago", "three days ago", "2 years ago". */
  readAgo(i: number): DateExpression | null {
    const amount = this.amountAt(this.word(i));
    if (amount === null || !this.joined(i, i + 2)) return null;
    const unit = this.w.calendarUnits[this.word(i + 1)];
    if (!unit || this.w.notAgoUnits.has(this.word(i + 1)) || !this.w.agoWords.has(this.word(i + 2)))
      return null;
    return this.expression(i, i + 2, { type: 'ago', unit, amount });
  }

  /** "this year", "last month", "earlier this month", "next week"; not "the last year" (a duration). */
  /** Whether token i is a calendar unit in its language's case: "week", German "Woche". */
  unitCase(i: number): boolean {
    return this.w.capitalisedUnits || this.raw(i) === this.raw(i).toLowerCase();
  }

  /** "la semana pasada", "na semana passada", "l'année dernière": the shift after its unit. */
  readPeriodAfter(i: number): DateExpression | null {
    const unit = this.w.calendarUnits[this.word(i)];
    if (!unit || unit === 'day' || !this.joined(i, i + 1) || this.w.pluralUnits.has(this.word(i)))
      return null;
    const shift = this.w.shiftsAfter[this.word(i + 1)];
    if (shift === undefined || !this.unitCase(i)) return null;
    return this.expression(this.withLead(i), i + 1, { type: 'period', unit, shift });
  }

  readPeriod(i: number): DateExpression | null {
    const shift = this.w.shifts[this.word(i)];
    if (shift === undefined || !this.joined(i, i + 1)) return this.readPeriodAfter(i);
    const unit = this.w.calendarUnits[this.word(i + 1)];
    if (!unit || unit === 'day' || !this.unitCase(i + 1)) return null;
    if (this.w.pluralUnits.has(this.word(i + 1))) return null;
    const lead = this.joined(i, i - 1) ? this.word(i - 1) : '';
    if (this.w.durationLeads.has(lead)) return null;
    const hedged = shift === 0 && this.w.hedges.has(lead);
    return this.expression(hedged ? i - 1 : this.withLead(i), i + 1, { type: 'period', unit, shift });
  }

  /** "mid-November". */
  readMidMonth(i: number): DateExpression | null {
    const raw = this.raw(i);
    const prefix = this.w.midPrefix;
    const capitalised = prefix.charAt(0).toUpperCase() + prefix.slice(1);
    if (!raw.startsWith(prefix) && !raw.startsWith(capitalised)) return null;
    const month = this.w.months[raw.slice(prefix.length).toLowerCase()];
    if (month === undefined || raw.length < prefix.length + 3) return null;
    return this.expression(i, i, calendar(null, month, null));
  }

  amountAt(word: string): number | null {
    if (this.w.articleAmounts.has(word)) return 1;
    if (/^\d{1,3}$/.test(word)) return Number(word);
    return this.numbers.numberWords[word] ?? null;
  }

  readIso(i: number): DateExpression | null {
    const m = ISO_DATE.exec(this.raw(i));
    if (!m) return null;
    return this.expression(i, i, calendar(Number(m[1]), Number(m[2]), Number(m[3])));
  }

  // Most tokens cannot open a date, and every reader below is tried on those that may: a token opens one only
  // with a digit (days, years, ISO dates, amounts) or as a word one of the readers starts from ("a", "last",
  // "today", "three", "mid-…", a month or a weekday in any case). Punctuation and other names never do.
  mayOpen(i: number): boolean {
    const word = this.word(i);
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    return (
      this.starts.has(word) ||
      word.startsWith(this.w.midPrefix) ||
      (word !== this.raw(i) && this.openers.names.has(word))
    );
  }

  readAt(i: number): DateExpression | null {
    if (!this.mayOpen(i)) return null;
    return (
      this.readIso(i) ??
      this.readWeekday(i) ??
      this.readMonthFirst(i) ??
      this.readDayFirst(i) ??
      this.readMidMonth(i) ??
      this.readYear(i) ??
      this.readDayWord(i) ??
      this.readAgo(i) ??
      this.readPeriod(i)
    );
  }
}

function calendar(
  year: number | null,
  month: number | null,
  day: number | null,
): Extract<DateMeaning, { type: 'calendar' }> {
  return { type: 'calendar', year, month, day, shift: null };
}

/** Finds every date expression in the tokens, left to right, without overlaps. */
export function findDateExpressions(
  tokens: readonly Token[],
  words: DateWords,
  numbers: NumberWords,
): DateExpression[] {
  const scanner = new Scanner(tokens, words, numbers);
  const found: DateExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const expression = scanner.readAt(i);
    if (!expression) continue;
    const previous = found.at(-1);
    // "last Sunday" starts one token back; never let it overlap what was already taken.
    if (previous && expression.first <= previous.last) continue;
    found.push(expression);
    i = expression.last;
  }
  return found;
}
