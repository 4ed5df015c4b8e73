import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { NL_AGENCIES } from './agencies';
import { NL_CASUALTIES } from './casualties';
import { NL_DATES, NL_MONTH_NAMES } from './dates';
import { NL_ENTITIES } from './entities';
import { NL_NUMBERS } from './numbers';
import { NL_QUOTES } from './quotes';
import { NL_SENTENCES } from './sentences';

// Dutch: page words, and the story words each extractor reads (one file per concern).
export const NL: StoryPack = {
  code: 'nl',
  name: 'Dutch',
  page: pageWords({
    months: NL_MONTH_NAMES,
    // Abbreviations as dates print them, with or without their full stop ("12 mrt. 2024").
    monthAbbreviations: {
      jan: 1,
      feb: 2,
      mrt: 3,
      apr: 4,
      jun: 6,
      jul: 7,
      aug: 8,
      sep: 9,
      sept: 9,
      okt: 10,
      nov: 11,
      dec: 12,
    },
    bylineOnBehalf: ['namens', 'in opdracht van'],
    publishedLabels: ['gepubliceerd'],
    publishedLinks: ['op'],
    // The words of a copyright notice closing the story.
    rightsReserved: ['alle rechten voorbehouden'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    // A cookie or embed consent notice, a subscription or donation appeal: never the story.
    noticePhrases: [
      'steun (?:onze|de) journalistiek',
      'wij gebruiken cookies',
      'we gebruiken cookies',
      'deze (?:website|site) (?:gebruikt|maakt gebruik van) cookies',
      'akkoord (?:gaan )?met (?:het gebruik van )?cookies',
      'cookies accepteren',
    ],
    // Headings over the page's list of other stories: the story ends there.
    tailHeadings: [
      'gerelateerde (?:artikelen|berichten)',
      'meest gelezen',
      'laatste nieuws',
      'meer nieuws',
      'dit (?:vind|vond) je (?:misschien )?ook interessant',
      'ook interessant',
    ],
    furnitureLabels: [
      'inhoudsopgave',
      'meer informatie:?',
      'advertentie',
      'delen',
      'printen',
      'reacties?',
      '\\d+ reacties?',
      'lees ook:?.*',
      'lees meer:?.*',
      'meest gelezen',
      'abonneer',
    ],
    creditLabels: ['Foto'],
    // Dutch and Belgian wires (Belga writes in Dutch and French).
    agencies: [
      { name: 'ANP', forms: ['ANP', 'Algemeen Nederlands Persbureau'] },
      { name: 'Belga', forms: ['Belga', 'BELGA', 'Agence Belga'] },
      { name: 'Novum', forms: ['Novum', 'Persbureau Novum'], ambiguousForms: ['Novum'] },
    ],
  }),
  story: storyWords({
    sentences: NL_SENTENCES,
    dates: NL_DATES,
    numbers: NL_NUMBERS,
    casualties: NL_CASUALTIES,
    agencies: NL_AGENCIES,
    quotes: NL_QUOTES,
    entities: NL_ENTITIES,
  }),
};
