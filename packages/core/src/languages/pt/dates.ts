import type { DateWords } from '../types';

/** Portuguese: weekdays, months and relative-date words with their tense rules. Fields left out are inert (see story-words.ts). */
export const PT_DATES: Partial<DateWords> = {};
