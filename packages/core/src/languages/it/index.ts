import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { IT_AGENCIES } from './agencies';
import { IT_CASUALTIES } from './casualties';
import { IT_DATES } from './dates';
import { IT_ENTITIES } from './entities';
import { IT_NUMBERS } from './numbers';
import { IT_QUOTES } from './quotes';
import { IT_SENTENCES } from './sentences';

// Italian: page words, and the story words each extractor reads (one file per concern).
export const IT: StoryPack = {
  code: 'it',
  name: 'Italian',
  page: pageWords({
    months: {
      gennaio: 1,
      febbraio: 2,
      marzo: 3,
      aprile: 4,
      maggio: 5,
      giugno: 6,
      luglio: 7,
      agosto: 8,
      settembre: 9,
      ottobre: 10,
      novembre: 11,
      dicembre: 12,
    },
    // Abbreviations as dates print them, with or without their full stop ("12 mag. 2024").
    monthAbbreviations: {
      gen: 1,
      feb: 2,
      mar: 3,
      apr: 4,
      mag: 5,
      giu: 6,
      lug: 7,
      ago: 8,
      set: 9,
      ott: 10,
      nov: 11,
      dic: 12,
    },
    publishedLabels: ['pubblicato'],
    publishedLinks: ['il'],
    publishedByLabels: ['da'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'indice',
      'sommario',
      'per saperne di più:?',
      'pubblicità',
      'condividi',
      'stampa',
      'commenti',
      '\\d+ commenti',
      'leggi anche:?.*',
      'potrebbe interessarti',
      'i più letti',
      'abbonati',
    ],
    creditLabels: ['Foto'],
    agencies: [{ name: 'ANSA', forms: ['ANSA'] }],
  }),
  story: storyWords({
    sentences: IT_SENTENCES,
    dates: IT_DATES,
    numbers: IT_NUMBERS,
    casualties: IT_CASUALTIES,
    agencies: IT_AGENCIES,
    quotes: IT_QUOTES,
    entities: IT_ENTITIES,
  }),
};
