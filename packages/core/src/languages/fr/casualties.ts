import type { CasualtyWords } from '../types';

/** French: the words of casualty counts. Fields left out are inert (see story-words.ts). */
export const FR_CASUALTIES: Partial<CasualtyWords> = {};
