import type { SentenceWords } from '../types';

/** German: abbreviations a full stop follows inside a sentence. Fields left out are inert (see story-words.ts). */
export const DE_SENTENCES: Partial<SentenceWords> = {};
