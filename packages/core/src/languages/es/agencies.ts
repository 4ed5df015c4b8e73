import type { AgencyWords } from '../types';

/** Spanish: how wire copy credits an agency. Fields left out are inert (see story-words.ts). */
export const ES_AGENCIES: Partial<AgencyWords> = {};
