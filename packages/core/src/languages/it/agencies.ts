import type { AgencyWords } from '../types';

/** Italian: how wire copy credits an agency. Fields left out are inert (see story-words.ts). */
export const IT_AGENCIES: Partial<AgencyWords> = {};
