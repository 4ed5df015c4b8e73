import type { CasualtyWords } from '../types';

/** Spanish: the words of casualty counts. Fields left out are inert (see story-words.ts). */
export const ES_CASUALTIES: Partial<CasualtyWords> = {};
