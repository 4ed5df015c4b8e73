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
    // Abbreviations as dates print them, with or without their full stop ("12 дек. 2024").
    monthAbbreviations: {
      янв: 1,
      фев: 2,
      мар: 3,
      апр: 4,
      июн: 6,
      июл: 7,
      авг: 8,
      сен: 9,
      сент: 9,
      окт: 10,
      ноя: 11,
      нояб: 11,
      дек: 12,
    },
    bylineJoiners: ['и'],
    bylineElementLabels: ['автор', 'авторы', 'текст'],
    bylineNodeLabels: ['автор'],
    publishedLabels: ['опубликовано', 'дата публикации'],
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
