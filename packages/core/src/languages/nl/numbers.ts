import type { NumberWords } from '../types';

/** Dutch: number words and scales. Fields left out are inert (see story-words.ts). */
export const NL_NUMBERS: Partial<NumberWords> = {};
