import type { AgencyWords } from '../types';

/** German: how wire copy credits an agency. Fields left out are inert (see story-words.ts). */
export const DE_AGENCIES: Partial<AgencyWords> = {};
