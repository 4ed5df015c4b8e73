import type { Annotated } from '../../nlp/annotate';
import type { Casualty } from '../../schema/article';

/** Casualty counts. (Filled in by the casualties issue.) */
export function extractCasualties(_doc: Annotated): Casualty[] {
  return [];
}
