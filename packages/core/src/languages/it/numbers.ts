import type { NumberWords } from '../types';

/** Italian: number words and scales. Fields left out are inert (see story-words.ts). */
export const IT_NUMBERS: Partial<NumberWords> = {};
