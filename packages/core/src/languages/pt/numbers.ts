import type { NumberWords } from '../types';

/** Portuguese: number words and scales. Fields left out are inert (see story-words.ts). */
export const PT_NUMBERS: Partial<NumberWords> = {};
