import type { Annotated } from '../../nlp/annotate';
import type { DateMention, Warning } from '../../schema/article';

/** Date expressions resolved against the reference date. (Filled in by the dates issue.) */
export function extractDates(
  _doc: Annotated,
  _reference: string | null,
): { dates: DateMention[]; warnings: Warning[] } {
  return { dates: [], warnings: [] };
}
