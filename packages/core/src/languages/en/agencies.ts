import type { AgencyWords } from '../types';

export const EN_AGENCIES: AgencyWords = {
  toldPhrases: ['told', 'tells', 'telling', 'spoke to', 'speaking to', 'said in a statement to'],
  notAfterTold: ['reported', 'said', 'says'],
  articles: ['an?', 'the'],
  staffNouns: [
    'correspondent',
    'reporter',
    'journalist',
    'photographer',
    'videographer',
    'tally',
    'count',
    'team',
    'crew',
  ],
  reportingLabels: ['Reporting', 'Additional reporting'],
  reportingAgency: 'Reuters',
};
