import type { EntityWords } from '../types';

/** Italian: title words, organisation and place heads, words that are no names. Fields left out are inert (see story-words.ts). */
export const IT_ENTITIES: Partial<EntityWords> = {};
