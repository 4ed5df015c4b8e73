import type { NumberWords } from '../types';

/** French: number words and scales. Fields left out are inert (see story-words.ts). */
export const FR_NUMBERS: Partial<NumberWords> = {};
