import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { PT_AGENCIES } from './agencies';
import { PT_CASUALTIES } from './casualties';
import { PT_DATES, PT_MONTH_NAMES } from './dates';
import { PT_ENTITIES } from './entities';
import { PT_NUMBERS } from './numbers';
import { PT_QUOTES } from './quotes';
import { PT_SENTENCES } from './sentences';

// Portuguese: page words, and the story words each extractor reads (one file per concern).
export const PT: StoryPack = {
  code: 'pt',
  name: 'Portuguese',
  page: pageWords({
    months: PT_MONTH_NAMES,
    // Abbreviations as dates print them, with or without their full stop ("12 de fev. de 2024").
    monthAbbreviations: {
      jan: 1,
      fev: 2,
      mar: 3,
      abr: 4,
      jun: 6,
      jul: 7,
      ago: 8,
      set: 9,
      out: 10,
      nov: 11,
      dez: 12,
    },
    bylineLabels: ['por', 'escrito por'],
    bylineElementLabels: ['autora', 'autor', 'escrito por', 'por'],
    bylineNodeLabels: ['por', 'autor'],
    bylineNodeOpeners: ['Por'],
    bylineOnBehalf: ['em nome de'],
    publishedLabels: ['publicado'],
    publishedByLabels: ['por'],
    // The words of a copyright notice closing the story.
    rightsReserved: ['todos os direitos reservados'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    // A cookie or embed consent notice, a subscription or donation appeal: never the story.
    noticePhrases: [
      'para continuar lendo',
      'apoie o (?:nosso )?jornalismo',
      'assine para (?:continuar|ler)',
      'utilizamos cookies',
      '(?:este|esse) site (?:usa|utiliza) cookies',
      'ao continuar (?:a )?navegar',
      'aceitar (?:todos )?(?:os )?cookies',
      'concorda com (?:o uso|a utilização) de cookies',
    ],
    // Headings over the page's list of other stories: the story ends there.
    tailHeadings: [
      'notícias relacionadas',
      'artigos relacionados',
      '(?:as )?mais lidas',
      'últimas notícias',
      'mais notícias',
      'você (?:também )?pode gostar',
      'pode (?:também )?interessar',
    ],
    furnitureLabels: [
      'índice',
      'saiba mais:?',
      'publicidade',
      'compartilhar',
      'partilhar',
      'imprimir',
      'comentários',
      '\\d+ comentários',
      'leia também:?.*',
      'leia mais:?.*',
      'veja também:?.*',
      'mais lidas',
      'assine',
    ],
    creditLabels: ['Foto'],
    // Portuguese, Brazilian and Lusophone African wires.
    agencies: [
      { name: 'Lusa', forms: ['Lusa', 'LUSA', 'Agência Lusa'] },
      { name: 'Agência Brasil', forms: ['Agência Brasil', 'Agencia Brasil'] },
      { name: 'Agência Estado', forms: ['Agência Estado', 'Estadão Conteúdo'] },
      { name: 'Folhapress', forms: ['Folhapress'] },
      { name: 'ANGOP', forms: ['ANGOP', 'Angop'] },
    ],
  }),
  story: storyWords({
    sentences: PT_SENTENCES,
    dates: PT_DATES,
    numbers: PT_NUMBERS,
    casualties: PT_CASUALTIES,
    agencies: PT_AGENCIES,
    quotes: PT_QUOTES,
    entities: PT_ENTITIES,
  }),
};
