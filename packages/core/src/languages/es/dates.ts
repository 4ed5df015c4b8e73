import type { DateWords } from '../types';

/** Spanish: weekdays, months and relative-date words with their tense rules. Fields left out are inert (see story-words.ts). */
export const ES_DATES: Partial<DateWords> = {};
