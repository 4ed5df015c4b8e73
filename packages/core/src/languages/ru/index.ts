import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: Russian pages get their dates, bylines and agencies read, but no story extractors.
export const RU: LanguagePack = {
  code: 'ru',
  name: 'Russian',
  page: pageWords({
    // In the genitive that dates print ("15 августа 2016").
    months: {
      января: 1,
      февраля: 2,
      марта: 3,
      апреля: 4,
      мая: 5,
      июня: 6,
      июля: 7,
      августа: 8,
      сентября: 9,
      октября: 10,
      ноября: 11,
      декабря: 12,
    },
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'содержание',
      'подробнее',
      'реклама',
      'поделиться',
      'комментарии',
      'читайте также:?.*',
      'смотрите также:?.*',
      'самое читаемое',
    ],
    agencies: [
      { name: 'TASS', forms: ['TASS', 'Tass'] },
      { name: 'Interfax', forms: ['Interfax'] },
    ],
  }),
  story: null,
};
