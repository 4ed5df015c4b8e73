import type { DateWords } from '../types';

/** French: weekdays, months and relative-date words with their tense rules. Fields left out are inert (see story-words.ts). */
export const FR_DATES: Partial<DateWords> = {};
