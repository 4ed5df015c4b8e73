import type { Annotated } from '../../nlp/annotate';
import type { Entity } from '../../schema/article';

/** People, organisations, places and groups with their mentions. (Filled in by the entities issue.) */
export function extractEntities(_doc: Annotated): Entity[] {
  return [];
}
