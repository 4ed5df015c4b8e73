import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';
import { HAN_MONTHS, HAN_NUMERALS } from '../zh';

// Page words only: Japanese pages get their dates, bylines and furniture read, but no story extractors.
export const JA: LanguagePack = {
  code: 'ja',
  name: 'Japanese',
  page: pageWords({
    // Dates print the month in digits ("2024年3月12日", read through `yearFirstMarks`); its names are Chinese's.
    months: HAN_MONTHS,
    yearFirstMarks: [['年', '月', '日']],
    numerals: HAN_NUMERALS,
    // Official and many news pages count years in the era ("令和6年3月12日", "平成31年4月30日").
    eras: {
      names: [
        ['令和', 2019],
        ['平成', 1989],
        ['昭和', 1926],
      ],
      firstYear: '元',
    },
    bylineElementLabels: ['執筆者', '筆者', '記者', '文'],
    bylineNodeLabels: ['執筆者', '筆者'],
    publishedLabels: ['公開日時', '公開日', '投稿日時', '投稿日', '配信日時', '掲載日'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'シェア(?:する)?',
      'ツイート',
      '印刷',
      '広告',
      'コメント',
      '\\d+ ?件のコメント',
      '関連記事:?',
      'あわせて読みたい',
      'おすすめ記事',
      'ランキング',
      '目次',
    ],
    // Kyodo is in the English pack.
    agencies: [{ name: 'Jiji', forms: ['Jiji', 'Jiji Press', '時事通信'] }],
  }),
  story: null,
};
