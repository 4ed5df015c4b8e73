import type { QuoteWords } from '../types';

/** Spanish: cue verbs, pronouns and the words around attributions. Fields left out are inert (see story-words.ts). */
export const ES_QUOTES: Partial<QuoteWords> = {};
