import type { DateWords } from '../types';

/** German: weekdays, months and relative-date words with their tense rules. Fields left out are inert (see story-words.ts). */
export const DE_DATES: Partial<DateWords> = {};
