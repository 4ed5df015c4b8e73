import type { NumberWords } from '../types';

/** Spanish: number words and scales. Fields left out are inert (see story-words.ts). */
export const ES_NUMBERS: Partial<NumberWords> = {};
