import type { AgencyWords } from '../types';

/** Spanish: how wire copy credits an agency ("dijo a EFE", "un periodista de EFE"). */
export const ES_AGENCIES: Partial<AgencyWords> = {
  toldPhrases: [
    'dijo a',
    'declaró a',
    'explicó a',
    'confirmó a',
    'aseguró a',
    'aseguraba a',
    'indicó a',
    'señaló a',
    'afirmó a',
    'contó a',
    'relató a',
  ],
  notAfterTold: ['informó', 'informa'],
  articles: ['un', 'una', 'el', 'la'],
  staffNouns: ['corresponsal', 'periodista', 'fotógrafo', 'recuento'],
};
