import type { AgencyWords } from '../types';

/** Dutch: how wire copy credits an agency ("zei hij tegen het ANP", "een verslaggever van het ANP"). */
export const NL_AGENCIES: Partial<AgencyWords> = {
  toldPhrases: ['tegen het', 'tegen', 'aan het', 'laat aan het'],
  notAfterTold: ['meldt', 'meldde'],
  articles: ['een'],
  staffNouns: ['correspondent', 'verslaggever', 'fotograaf'],
};
