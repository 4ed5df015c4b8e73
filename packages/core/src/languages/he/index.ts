import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Hebrew month names; dates print them after the preposition ב ("12 במרץ 2024") as often as bare.
const MONTHS: Record<string, number> = {
  ינואר: 1,
  פברואר: 2,
  מרץ: 3,
  מרס: 3,
  אפריל: 4,
  מאי: 5,
  יוני: 6,
  יולי: 7,
  אוגוסט: 8,
  ספטמבר: 9,
  אוקטובר: 10,
  נובמבר: 11,
  דצמבר: 12,
};

// Page words only: Hebrew pages get their dates, bylines and furniture read, but no story extractors.
export const HE: LanguagePack = {
  code: 'he',
  name: 'Hebrew',
  page: pageWords({
    months: {
      ...MONTHS,
      ...Object.fromEntries(Object.entries(MONTHS).map(([name, n]) => [`ב${name}`, n])),
    },
    bylineElementLabels: ['מאת', 'כתב', 'כתבה', 'כותב'],
    bylineNodeLabels: ['מאת'],
    publishedLabels: ['פורסם ב', 'פורסם', 'תאריך פרסום'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'פרסומת',
      'שתף',
      'שתפו',
      'הדפס',
      'תגובות',
      '\\d+ תגובות',
      'כתבות נוספות',
      'עוד באתר',
      'הנקראים ביותר',
      'קראו גם:?.*',
    ],
  }),
  story: null,
};
