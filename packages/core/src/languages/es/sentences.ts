import type { SentenceWords } from '../types';

/** Spanish: abbreviations a full stop follows inside a sentence. Fields left out are inert (see story-words.ts). */
export const ES_SENTENCES: Partial<SentenceWords> = {};
