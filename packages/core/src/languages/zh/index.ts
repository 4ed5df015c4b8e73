import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

/** The months as Chinese and Japanese name them, one to twelve in Han numerals before 月 (month). */
export const HAN_MONTHS: Record<string, number> = Object.fromEntries(
  ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n, i) => [
    `${n}月`,
    i + 1,
  ]),
);

/** Han numerals: the signs for the digits zero to nine (〇 or 零 for zero, as printed) and the sign for ten. */
export const HAN_NUMERALS = {
  digits: ['〇零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ten: '十',
};

// Page words only: Chinese pages get their dates, bylines and furniture read, but no story extractors.
export const ZH: LanguagePack = {
  code: 'zh',
  name: 'Chinese',
  page: pageWords({
    // Dates print the month in digits ("2024年3月12日", read through `yearFirstMarks`); these are its names.
    months: HAN_MONTHS,
    // 号 is the spoken day mark, printed on less formal pages ("2024年3月12号").
    yearFirstMarks: [
      ['年', '月', '日'],
      ['年', '月', '号'],
    ],
    // "二〇二四年三月十二日": the same date in Han numerals, as formal and official pages print it.
    numerals: HAN_NUMERALS,
    bylineElementLabels: ['作者', '记者', '編輯', '编辑', '文'],
    bylineNodeLabels: ['作者', '记者'],
    publishedLabels: ['发布时间', '發佈時間', '发布日期', '发布于', '發表於', '发表于'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      '分享(?:到)?:?.*',
      '打印',
      '广告',
      '廣告',
      '评论',
      '\\d+ ?条评论',
      '相关阅读:?',
      '相关新闻:?',
      '相關新聞:?',
      '热门文章',
      '责任编辑:?.*',
      '返回顶部',
    ],
  }),
  story: null,
};
