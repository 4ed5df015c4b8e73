import type { EntityWords } from '../types';

/** German: title words, organisation and place heads, words that are no names. Fields left out are inert (see story-words.ts). */
export const DE_ENTITIES: Partial<EntityWords> = {};
