import type { Annotated } from '../../nlp/annotate';
import type { DateExpression } from '../../nlp/dates/find-date-expressions';
import type { DateMention, Warning } from '../../schema/article';
import { makeSpan } from '../../util/span';
import { NO_REFERENCE_DATE } from './constants';
import { detectTense } from './detect-tense';
import { isRelative, parseReference, resolveDate } from './resolve-date';

// The year of the nearest full date ("November 9, 2017") before the expression, else after it.
function textYears(expressions: readonly DateExpression[]): (number | null)[] {
  const years: (number | null)[] = [];
  let last: number | null = null;
  for (const e of expressions) {
    const m = e.meaning;
    if (m.type === 'calendar' && m.year !== null && m.month !== null) last = m.year;
    years.push(last);
  }
  let next: number | null = null;
  for (let k = expressions.length - 1; k >= 0; k--) {
    const m = expressions[k]!.meaning;
    if (m.type === 'calendar' && m.year !== null && m.month !== null) next = m.year;
    years[k] ??= next;
  }
  return years;
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
  const years = textYears(expressions);
  let unresolved = 0;
  const dates = expressions.map((e, k): DateMention => {
    // A verb after a month-day is the main clause's ("the Nov. 8 election, he said"), not the date's.
    const tense = detectTense(
      doc.pack.story.dates,
      doc.tokens,
      e.first,
      e.last,
      e.meaning.type !== 'calendar',
    );
    const { value, precision } = resolveDate(e.meaning, referenceDay, tense, years[k] ?? null);
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
