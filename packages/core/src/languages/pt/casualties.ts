import type { CasualtyWords } from '../types';

/** Portuguese: the words of casualty counts. Fields left out are inert (see story-words.ts). */
export const PT_CASUALTIES: Partial<CasualtyWords> = {};
