import type { EntityWords } from '../types';

/** Portuguese: title words, organisation and place heads, words that are no names. Fields left out are inert (see story-words.ts). */
export const PT_ENTITIES: Partial<EntityWords> = {};
