import type { SentenceWords } from '../types';

/** Portuguese: abbreviations a full stop follows inside a sentence. Fields left out are inert (see story-words.ts). */
export const PT_SENTENCES: Partial<SentenceWords> = {};
