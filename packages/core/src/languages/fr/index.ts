import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: French pages get their dates, bylines and agencies read, but no story extractors.
export const FR: LanguagePack = {
  code: 'fr',
  name: 'French',
  page: pageWords({
    months: {
      janvier: 1,
      février: 2,
      mars: 3,
      avril: 4,
      mai: 5,
      juin: 6,
      juillet: 7,
      août: 8,
      septembre: 9,
      octobre: 10,
      novembre: 11,
      décembre: 12,
    },
    // Abbreviations as dates print them, with or without their full stop ("12 févr. 2024").
    monthAbbreviations: {
      janv: 1,
      févr: 2,
      fév: 2,
      fevr: 2,
      avr: 4,
      juil: 7,
      sept: 9,
      oct: 10,
      nov: 11,
      déc: 12,
    },
    bylineJoiners: ['et', 'avec'],
    bylineLabels: ['par', 'écrit par', 'rédigé par'],
    // "Auteur : Jane Doe", "Par Jane Doe"; the label alone names no one.
    bylineElementLabels: ['auteure', 'auteur', 'auteurs', 'écrit par', 'rédigé par', 'par'],
    bylineNodeLabels: ['par', 'auteur'],
    bylineNodeOpeners: ['Par'],
    publishedLabels: ['publié'],
    publishedLinks: ['le'],
    publishedByLabels: ['par'],
    memberSinceLabels: ['inscrit le'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'sommaire',
      'table des matières',
      'en savoir plus:?',
      "plus d'informations:?",
      'publicité',
      'partager',
      'imprimer',
      'commentaires?',
      '\\d+ commentaires?',
      'lire aussi:?.*',
      'à lire aussi:?.*',
      'voir aussi:?.*',
      'sur le même sujet',
      'les plus lus',
      'abonnez-vous',
    ],
    agencies: [
      { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Agence France-Press'] },
    ],
  }),
  story: null,
};
