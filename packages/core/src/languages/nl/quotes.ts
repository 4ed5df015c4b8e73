import type { QuoteWords } from '../types';

/** Dutch: cue verbs, pronouns and the words around attributions. Fields left out are inert (see story-words.ts). */
export const NL_QUOTES: Partial<QuoteWords> = {};
