import type { EntityWords } from '../types';

/** French: title words, organisation and place heads, words that are no names. Fields left out are inert (see story-words.ts). */
export const FR_ENTITIES: Partial<EntityWords> = {};
