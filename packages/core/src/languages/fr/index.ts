import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { FR_AGENCIES } from './agencies';
import { FR_CASUALTIES } from './casualties';
import { FR_DATES, FR_MONTH_NAMES } from './dates';
import { FR_ENTITIES } from './entities';
import { FR_NUMBERS } from './numbers';
import { FR_QUOTES } from './quotes';
import { FR_SENTENCES } from './sentences';

// French: page words, and the story words each extractor reads (one file per concern).
export const FR: StoryPack = {
  code: 'fr',
  name: 'French',
  page: pageWords({
    months: FR_MONTH_NAMES,
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
    bylineOnBehalf: ['au nom de', 'pour le compte de'],
    publishedLabels: ['publié'],
    publishedLinks: ['le'],
    publishedByLabels: ['par'],
    memberSinceLabels: ['inscrit le'],
    // The words of a copyright notice closing the story.
    rightsReserved: ['tous droits réservés'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    // A cookie or embed consent notice, a subscription or donation appeal: never the story.
    noticePhrases: [
      'pour lire la suite',
      'pour accéder en illimité',
      'soutenez (?:notre|le) journalisme',
      'abonnez-vous pour lire',
      'nous utilisons des cookies',
      'ce site utilise des cookies',
      'en poursuivant votre navigation',
      'accepter (?:tous )?les cookies',
      "vous acceptez l['’]utilisation (?:de|des) cookies",
    ],
    // Headings over the page's list of other stories: the story ends there.
    tailHeadings: [
      'sur le même (?:sujet|thème)',
      'articles? (?:similaires|liés|associés|recommandés)',
      'à (?:lire|découvrir) (?:également|aussi) sur le même sujet',
      'les plus lus',
      'dernières (?:actualités|nouvelles|infos)',
      'vous aimerez (?:aussi|peut-être)',
      'ces articles (?:peuvent|pourraient) vous intéresser',
    ],
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
      // Swiss French wire; Belga, Belgium's, is in the Dutch pack.
      {
        name: 'Keystone-ATS',
        forms: ['Keystone-ATS', 'ATS', 'Agence télégraphique suisse'],
        ambiguousForms: ['ATS'],
      },
    ],
  }),
  story: storyWords({
    sentences: FR_SENTENCES,
    dates: FR_DATES,
    numbers: FR_NUMBERS,
    casualties: FR_CASUALTIES,
    agencies: FR_AGENCIES,
    quotes: FR_QUOTES,
    entities: FR_ENTITIES,
  }),
};
