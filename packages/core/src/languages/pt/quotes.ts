import type { QuoteWords } from '../types';

/** Portuguese: cue verbs, pronouns and the words around attributions. Fields left out are inert (see story-words.ts). */
export const PT_QUOTES: Partial<QuoteWords> = {};
