import type { AgencyWords } from '../types';

/** Portuguese: how wire copy credits an agency ("afirmou à Lusa", "um jornalista da Lusa"). */
export const PT_AGENCIES: Partial<AgencyWords> = {
  toldPhrases: ['afirmou à', 'disse à', 'declarou à', 'explicou à', 'adiantou à', 'contou à', 'confirmou à'],
  notAfterTold: ['noticiou', 'informou'],
  articles: ['um', 'uma', 'o', 'a'],
  staffNouns: ['correspondente', 'jornalista', 'repórter', 'fotógrafo'],
};
