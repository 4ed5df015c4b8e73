import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { ES_AGENCIES } from './agencies';
import { ES_CASUALTIES } from './casualties';
import { ES_DATES, ES_MONTH_NAMES } from './dates';
import { ES_ENTITIES } from './entities';
import { ES_NUMBERS } from './numbers';
import { ES_QUOTES } from './quotes';
import { ES_SENTENCES } from './sentences';

// Spanish: page words, and the story words each extractor reads (one file per concern).
export const ES: StoryPack = {
  code: 'es',
  name: 'Spanish',
  page: pageWords({
    months: ES_MONTH_NAMES,
    // Abbreviations as dates print them, with or without their full stop ("12 dic. 2024").
    monthAbbreviations: {
      ene: 1,
      feb: 2,
      mar: 3,
      abr: 4,
      jun: 6,
      jul: 7,
      ago: 8,
      sep: 9,
      sept: 9,
      oct: 10,
      nov: 11,
      dic: 12,
    },
    bylineJoiners: ['y'],
    bylineLabels: ['por', 'escrito por'],
    bylineElementLabels: ['autora', 'autor', 'escrito por', 'por'],
    bylineNodeLabels: ['por', 'autor'],
    bylineNodeOpeners: ['Por'],
    bylineOnBehalf: ['en nombre de'],
    publishedLabels: ['publicado'],
    publishedLinks: ['el'],
    publishedByLabels: ['por'],
    // The words of a copyright notice closing the story.
    rightsReserved: ['todos los derechos reservados'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    // A cookie or embed consent notice, a subscription or donation appeal: never the story.
    noticePhrases: [
      'para seguir leyendo',
      'apoya (?:el|nuestro) periodismo',
      'suscríbete para (?:seguir leyendo|leer)',
      'utilizamos cookies',
      '(?:este|esta) (?:sitio|web|página) (?:web )?utiliza cookies',
      'si continúa navegando',
      'aceptar (?:todas )?las cookies',
      'acepta(?:s)? el uso de cookies',
    ],
    // Headings over the page's list of other stories: the story ends there.
    tailHeadings: [
      '(?:también )?te puede interesar',
      '(?:también )?le puede interesar',
      'noticias relacionadas',
      'artículos relacionados',
      'lo más (?:leído|visto)',
      'últimas noticias',
      'más noticias',
      'te recomendamos',
    ],
    furnitureLabels: [
      'índice',
      'tabla de contenidos?',
      'publicidad',
      'compartir',
      'imprimir',
      'comentarios?',
      '\\d+ comentarios?',
      'lee también:?.*',
      'lea también:?.*',
      'te puede interesar',
      'ver también:?.*',
      'más información',
      'lo más leído',
      'suscríbete',
    ],
    creditLabels: ['Foto'],
    agencies: [
      { name: 'EFE', forms: ['EFE', 'Agencia EFE'] },
      { name: 'Europa Press', forms: ['Europa Press'] },
      { name: 'Notimex', forms: ['Notimex'] },
      { name: 'Télam', forms: ['Télam', 'Telam'] },
      { name: 'Prensa Latina', forms: ['Prensa Latina'] },
    ],
  }),
  story: storyWords({
    sentences: ES_SENTENCES,
    dates: ES_DATES,
    numbers: ES_NUMBERS,
    casualties: ES_CASUALTIES,
    agencies: ES_AGENCIES,
    quotes: ES_QUOTES,
    entities: ES_ENTITIES,
  }),
};
