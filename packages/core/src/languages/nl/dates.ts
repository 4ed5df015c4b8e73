import type { DateWords } from '../types';

/** Dutch: weekdays, months and relative-date words with their tense rules. Fields left out are inert (see story-words.ts). */
export const NL_DATES: Partial<DateWords> = {};
