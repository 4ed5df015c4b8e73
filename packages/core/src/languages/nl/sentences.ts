import type { SentenceWords } from '../types';

/** Dutch: abbreviations a full stop follows inside a sentence. Fields left out are inert (see story-words.ts). */
export const NL_SENTENCES: Partial<SentenceWords> = {};
