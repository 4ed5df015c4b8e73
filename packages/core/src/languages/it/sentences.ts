import type { SentenceWords } from '../types';

/** Italian: abbreviations a full stop follows inside a sentence. Fields left out are inert (see story-words.ts). */
export const IT_SENTENCES: Partial<SentenceWords> = {};
