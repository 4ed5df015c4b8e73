import type { Annotated } from '../../nlp/annotate';
import type { DateExpression } from '../../nlp/dates/find-date-expressions';
import type { DateMention, Warning } from '../../schema/article';
import { makeSpan } from '../../util/span';
import { NO_REFERENCE_DATE } from './constants';
import { detectCalendarTense, detectTense } from './detect-tense';
import { isRelative, parseReference, resolveDate } from './resolve-date';

// The nearest full date ("November 9, 2017", "November 2017") before the expression, else after it: the day a
// month-day without a year is placed near when there is no reference date.
function textDates(expressions: readonly DateExpression[]): (Date | null)[] {
  const full = (e: DateExpression): Date | null => {
    const m = e.meaning;
    if (m.type !== 'calendar' || m.year === null || m.month === null) return null;
    return new Date(Date.UTC(m.year, m.month - 1, m.day ?? 1));
  };
  const dates: (Date | null)[] = [];
  let last: Date | null = null;
  for (const e of expressions) {
    last = full(e) ?? last;
    dates.push(last);
  }
  let next: Date | null = null;
  for (let k = expressions.length - 1; k >= 0; k--) {
    next = full(expressions[k]!) ?? next;
    dates[k] ??= next;
  }
  return dates;
}

/**
 * Every date expression in the text (headline and captions included), resolved against `reference`
 * (YYYY-MM-DD) with the news tense rules. Without a reference, relative dates stay null with a warning.
 */
export function extractDates(
  doc: Annotated,
  reference: string | null,
): { dates: DateMention[]; warnings: Warning[] } {
  const { text } = doc.body;
  const referenceDay = parseReference(reference);
  const expressions = doc.dates;
  const near = textDates(expressions);
  let unresolved = 0;
  const dates = expressions.map((e, k): DateMention => {
    const w = doc.pack.story.dates;
    const tense =
      e.meaning.type === 'calendar'
        ? detectCalendarTense(w, doc.pack.story.quotes.determiners, doc.tokens, e.first, e.last)
        : detectTense(w, doc.tokens, e.first, e.last);
    // A weekday with no tense cue near it takes the language's unmarked tense ("houdt donderdag" is coming).
    const weekdayTense =
      tense === 'unknown' && e.meaning.type === 'weekday' && w.unmarkedTense === 'future' ? 'future' : tense;
    const { value, precision } = resolveDate(e.meaning, referenceDay, weekdayTense, near[k] ?? null);
    const relative = isRelative(e.meaning);
    if (relative && value === null) unresolved++;
    const span = makeSpan(text, e.start, e.end);
    return { text: span.text, span, value, precision, relative };
  });
  const warnings: Warning[] = [];
  if (unresolved > 0 && !referenceDay) {
    warnings.push({
      code: NO_REFERENCE_DATE,
      message: `${unresolved} relative date${unresolved === 1 ? '' : 's'} left unresolved: no publication, page or dateline date to resolve them against`,
    });
  }
  return { dates, warnings };
}
