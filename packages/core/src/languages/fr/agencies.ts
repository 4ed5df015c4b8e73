import type { AgencyWords } from '../types';

/** French: how wire copy credits an agency. Fields left out are inert (see story-words.ts). */
export const FR_AGENCIES: Partial<AgencyWords> = {};
