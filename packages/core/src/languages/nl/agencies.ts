import type { AgencyWords } from '../types';

/** Dutch: how wire copy credits an agency. Fields left out are inert (see story-words.ts). */
export const NL_AGENCIES: Partial<AgencyWords> = {};
