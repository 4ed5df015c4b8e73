import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: Spanish pages get their dates, bylines and agencies read, but no story extractors.
export const ES: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  page: pageWords({
    months: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
    },
    bylineJoiners: ['y'],
    bylineLabels: ['por', 'escrito por'],
    bylineElementLabels: ['autora', 'autor', 'escrito por', 'por'],
    bylineNodeLabels: ['por', 'autor'],
    bylineNodeOpeners: ['Por'],
    publishedLabels: ['publicado'],
    publishedLinks: ['el'],
    publishedByLabels: ['por'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
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
    ],
  }),
  story: null,
};
