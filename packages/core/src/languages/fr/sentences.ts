import type { SentenceWords } from '../types';

/** French: abbreviations a full stop follows inside a sentence. Fields left out are inert (see story-words.ts). */
export const FR_SENTENCES: Partial<SentenceWords> = {};
