import type { AgencyWords } from '../types';

/** French: how wire copy credits an agency ("a déclaré à l'AFP", "un correspondant de l'AFP"). */
export const FR_AGENCIES: Partial<AgencyWords> = {
  toldPhrases: ['a déclaré à', 'a indiqué à', 'a dit à', 'a confié à', 'a affirmé à', 'a expliqué à'],
  notAfterTold: ['a rapporté', 'rapporte'],
  articles: ['un', 'une', 'le', 'la'],
  staffNouns: ['correspondant', 'correspondante', 'journaliste', 'photographe', 'décompte', 'bilan'],
};
