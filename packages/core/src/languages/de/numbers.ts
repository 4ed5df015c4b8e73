import type { NumberWords } from '../types';

/** German: number words and scales. Fields left out are inert (see story-words.ts). */
export const DE_NUMBERS: Partial<NumberWords> = {};
