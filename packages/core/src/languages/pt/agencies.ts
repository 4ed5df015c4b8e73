import type { AgencyWords } from '../types';

/** Portuguese: how wire copy credits an agency. Fields left out are inert (see story-words.ts). */
export const PT_AGENCIES: Partial<AgencyWords> = {};
