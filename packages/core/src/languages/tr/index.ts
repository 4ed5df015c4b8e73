import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: Turkish pages get their dates, bylines and furniture read, but no story extractors.
export const TR: LanguagePack = {
  code: 'tr',
  name: 'Turkish',
  page: pageWords({
    months: {
      ocak: 1,
      şubat: 2,
      mart: 3,
      nisan: 4,
      mayıs: 5,
      haziran: 6,
      temmuz: 7,
      ağustos: 8,
      eylül: 9,
      ekim: 10,
      kasım: 11,
      aralık: 12,
      // Upper-case pages lower to a dotted i ("KASIM" → "kasim"), and some print no Turkish letters at all.
      subat: 2,
      mayis: 5,
      agustos: 8,
      eylul: 9,
      kasim: 11,
      aralik: 12,
    },
    monthAbbreviations: {
      oca: 1,
      şub: 2,
      nis: 4,
      haz: 6,
      tem: 7,
      ağu: 8,
      eyl: 9,
      eki: 10,
      kas: 11,
      ara: 12,
    },
    bylineJoiners: ['ve'],
    bylineElementLabels: ['yazar', 'yazan', 'haber'],
    bylineNodeLabels: ['yazar'],
    publishedLabels: ['yayınlanma tarihi', 'yayın tarihi', 'yayınlanma', 'eklenme tarihi'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      'reklam',
      'paylaş',
      'yazdır',
      'yorumlar',
      '\\d+ yorum',
      'ilgili haberler',
      'bunlar da ilginizi çekebilir',
      'en çok okunanlar',
      'içindekiler',
    ],
    // Anadolu is in the English pack.
    agencies: [{ name: 'DHA', forms: ['DHA', 'Demirören Haber Ajansı'] }],
  }),
  story: null,
};
