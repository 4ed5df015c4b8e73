import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { IT_AGENCIES } from './agencies';
import { IT_CASUALTIES } from './casualties';
import { IT_DATES, IT_MONTH_NAMES } from './dates';
import { IT_ENTITIES } from './entities';
import { IT_NUMBERS } from './numbers';
import { IT_QUOTES } from './quotes';
import { IT_SENTENCES } from './sentences';

// Italian: page words, and the story words each extractor reads (one file per concern).
export const IT: StoryPack = {
  code: 'it',
  name: 'Italian',
  page: pageWords({
    months: IT_MONTH_NAMES,
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
    bylineOnBehalf: ['a nome di', 'per conto di'],
    publishedLabels: ['pubblicato'],
    publishedLinks: ['il'],
    publishedByLabels: ['da'],
    // The words of a copyright notice closing the story.
    rightsReserved: ['tutti i diritti riservati'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    // A cookie or embed consent notice, a subscription or donation appeal: never the story.
    noticePhrases: [
      'per continuare a leggere',
      'sostieni (?:il nostro |il )?giornalismo',
      'utilizziamo (?:i )?cookie',
      'questo sito (?:web )?utilizza (?:i )?cookie',
      'proseguendo (?:la|nella) navigazione',
      'accetta(?:re)? (?:tutti )?i cookie',
    ],
    // Headings over the page's list of other stories: the story ends there.
    tailHeadings: [
      'potrebbe interessarti',
      '(?:ti )?potrebbe(?:ro)? (?:anche )?interessare',
      'articoli correlati',
      'notizie correlate',
      'i più letti',
      'ultime notizie',
      'altre notizie',
    ],
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
    agencies: [
      { name: 'ANSA', forms: ['ANSA', 'Ansa'] },
      { name: 'Adnkronos', forms: ['Adnkronos', 'AdnKronos', 'Adn Kronos'] },
      { name: 'AGI', forms: ['AGI', 'Agi', 'Agenzia Italia'], ambiguousForms: ['AGI', 'Agi'] },
      { name: 'LaPresse', forms: ['LaPresse'] },
      { name: 'Askanews', forms: ['Askanews', 'askanews'] },
    ],
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
