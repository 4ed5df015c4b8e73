import type { AgencyWords } from '../types';

/** German: how wire copy credits an agency ("sagte der Deutschen Presse-Agentur", "ein dpa-Reporter"). */
export const DE_AGENCIES: Partial<AgencyWords> = {
  toldPhrases: ['sagte der', 'sagte dem', 'erklärte der', 'erklärte dem', 'bestätigte der', 'teilte der'],
  notAfterTold: ['berichtete', 'meldete', 'berichteten'],
  articles: ['ein', 'eine', 'einem', 'einer', 'der', 'dem'],
  staffNouns: ['korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'fotograf', 'fotografin'],
};
