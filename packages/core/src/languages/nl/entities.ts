import type { EntityWords } from '../types';

/** Dutch: title words, organisation and place heads, words that are no names. Fields left out are inert (see story-words.ts). */
export const NL_ENTITIES: Partial<EntityWords> = {};
