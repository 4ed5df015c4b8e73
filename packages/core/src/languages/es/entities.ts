import type { EntityWords } from '../types';

/** Spanish: title words, organisation and place heads, words that are no names. Fields left out are inert (see story-words.ts). */
export const ES_ENTITIES: Partial<EntityWords> = {};
