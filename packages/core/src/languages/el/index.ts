import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: Greek pages get their dates, bylines and furniture read, but no story extractors.
export const EL: LanguagePack = {
  code: 'el',
  name: 'Greek',
  page: pageWords({
    // In the genitive that dates print ("12 Μαρτίου 2024"); the reader also takes them without their accents,
    // as upper-case pages print them ("12 ΜΑΡΤΙΟΥ 2024").
    months: {
      ιανουαρίου: 1,
      φεβρουαρίου: 2,
      μαρτίου: 3,
      απριλίου: 4,
      μαΐου: 5,
      ιουνίου: 6,
      ιουλίου: 7,
      αυγούστου: 8,
      σεπτεμβρίου: 9,
      οκτωβρίου: 10,
      νοεμβρίου: 11,
      δεκεμβρίου: 12,
    },
    monthAbbreviations: {
      ιαν: 1,
      φεβ: 2,
      μαρ: 3,
      απρ: 4,
      μαΐ: 5,
      ιουν: 6,
      ιουλ: 7,
      αυγ: 8,
      σεπ: 9,
      οκτ: 10,
      νοε: 11,
      δεκ: 12,
    },
    bylineJoiners: ['και'],
    bylineElementLabels: ['συντάκτης', 'του', 'της', 'από'],
    bylineNodeLabels: ['συντάκτης'],
    publishedLabels: ['δημοσιεύθηκε', 'δημοσίευση', 'ημερομηνία δημοσίευσης'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'διαφήμιση',
      'κοινοποίηση',
      'μοιραστείτε',
      'εκτύπωση',
      'σχόλια',
      '\\d+ σχόλια',
      'διαβάστε επίσης:?.*',
      'σχετικά άρθρα',
      'δημοφιλή',
    ],
    agencies: [{ name: 'ΑΠΕ-ΜΠΕ', forms: ['ΑΠΕ-ΜΠΕ', 'ΑΠΕ'] }],
  }),
  story: null,
};
