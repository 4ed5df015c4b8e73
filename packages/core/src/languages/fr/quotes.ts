import type { QuoteWords } from '../types';

/** French: cue verbs, pronouns and the words around attributions. Fields left out are inert (see story-words.ts). */
export const FR_QUOTES: Partial<QuoteWords> = {};
