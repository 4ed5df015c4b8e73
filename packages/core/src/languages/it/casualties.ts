import type { CasualtyWords } from '../types';

/** Italian: the words of casualty counts. Fields left out are inert (see story-words.ts). */
export const IT_CASUALTIES: Partial<CasualtyWords> = {};
