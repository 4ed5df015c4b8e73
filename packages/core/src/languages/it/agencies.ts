import type { AgencyWords } from '../types';

/** Italian: how wire copy credits an agency ("ha detto all'ANSA", "un cronista dell'ANSA"). */
export const IT_AGENCIES: Partial<AgencyWords> = {
  toldPhrases: ['ha detto a', 'ha dichiarato a', 'ha spiegato a', 'ha confermato a', 'ha riferito a'],
  notAfterTold: ['riferisce', 'riporta'],
  articles: ['un', 'una', 'il', 'la'],
  staffNouns: ['corrispondente', 'cronista', 'giornalista', 'fotografo'],
};
