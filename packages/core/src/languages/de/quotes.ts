import type { QuoteWords } from '../types';

/** German: cue verbs, pronouns and the words around attributions. Fields left out are inert (see story-words.ts). */
export const DE_QUOTES: Partial<QuoteWords> = {};
