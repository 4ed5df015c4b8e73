import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: German pages get their dates, bylines and agencies read, but no story extractors.
export const DE: LanguagePack = {
  code: 'de',
  name: 'German',
  page: pageWords({
    months: {
      januar: 1,
      februar: 2,
      märz: 3,
      april: 4,
      mai: 5,
      juni: 6,
      juli: 7,
      august: 8,
      september: 9,
      oktober: 10,
      november: 11,
      dezember: 12,
      // Austrian forms.
      jänner: 1,
      feber: 2,
      // März without its umlaut.
      maerz: 3,
    },
    bylineJoiners: ['und', 'mit'],
    bylineLabels: ['von', 'text von', 'eingestellt von', 'geschrieben von', 'verfasst von'],
    // "Autor: Jane Doe", "Eingestellt von Jane Doe" (Blogger's German byline); the label alone names no one.
    bylineElementLabels: [
      'autorin',
      'autor',
      'autoren',
      'eingestellt von',
      'geschrieben von',
      'text von',
      'von',
    ],
    bylineNodeLabels: ['von', 'autor', 'autorin'],
    bylineNodeOpeners: ['Von'],
    publishedLabels: [
      'erschienen',
      'veröffentlicht',
      'publiziert',
      'erstellt',
      'gespeichert',
      'eingestellt',
      'datum',
    ],
    publishedLinks: ['am'],
    publishedByLabels: ['von'],
    memberSinceLabels: ['registriert', 'mitglied seit', 'dabei seit'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'anzeige',
      'werbung',
      'teilen',
      'artikel teilen',
      'drucken',
      'kommentare?',
      '\\d+ kommentare?',
      'mehr zum thema:?.*',
      'zum thema',
      'lesen sie auch:?.*',
      'auch interessant:?.*',
      'das könnte sie auch interessieren',
      'weitere artikel',
      'nützliche links',
      'meistgelesen',
      'meist gelesen',
      'zur startseite',
      'jetzt abonnieren',
    ],
    creditLabels: ['Foto'],
    agencies: [{ name: 'dpa', forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur'], ambiguousForms: ['dpa'] }],
  }),
  story: null,
};
