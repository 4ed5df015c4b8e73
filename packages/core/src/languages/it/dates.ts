import type { DateWords } from '../types';

/** Italian: weekdays, months and relative-date words with their tense rules. Fields left out are inert (see story-words.ts). */
export const IT_DATES: Partial<DateWords> = {};
