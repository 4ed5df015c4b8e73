import type { QuoteWords } from '../types';

/** Italian: cue verbs, pronouns and the words around attributions. Fields left out are inert (see story-words.ts). */
export const IT_QUOTES: Partial<QuoteWords> = {};
