import type { CasualtyWords } from '../types';

/** Dutch: the words of casualty counts. Fields left out are inert (see story-words.ts). */
export const NL_CASUALTIES: Partial<CasualtyWords> = {};
