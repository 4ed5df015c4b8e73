import type { CasualtyWords } from '../types';

/** German: the words of casualty counts. Fields left out are inert (see story-words.ts). */
export const DE_CASUALTIES: Partial<CasualtyWords> = {};
