import type { Annotated } from '../../nlp/annotate';
import type { Entity, Quote } from '../../schema/article';

/** Quotes with speakers, cues and addressees. (Filled in by the quotes issue.) */
export function extractQuotes(_doc: Annotated, _entities: Entity[]): Quote[] {
  return [];
}
