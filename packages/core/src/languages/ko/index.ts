import { pageWords } from '../page-words';
import type { LanguagePack } from '../types';

// Page words only: Korean pages get their dates, bylines and furniture read, but no story extractors.
export const KO: LanguagePack = {
  code: 'ko',
  name: 'Korean',
  page: pageWords({
    // Dates print the month in digits ("2024년 3월 12일", read through `yearFirstMarks`); these are its names.
    months: {
      일월: 1,
      이월: 2,
      삼월: 3,
      사월: 4,
      오월: 5,
      유월: 6,
      칠월: 7,
      팔월: 8,
      구월: 9,
      시월: 10,
      십일월: 11,
      십이월: 12,
    },
    yearFirstMarks: [['년', '월', '일']],
    bylineElementLabels: ['글'],
    // The role follows the name: "김민준 기자" (reporter), "… 특파원" (correspondent).
    bylineElementTails: ['기자', '특파원', '선임기자'],
    // News sites stamp the story "입력 2024.03.12 14:05" (entered) and "수정 …" (edited).
    publishedLabels: ['기사입력', '입력', '등록', '발행일', '게시일'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    furnitureLabels: [
      '공유(?:하기)?',
      '인쇄',
      '광고',
      '댓글',
      '댓글 \\d+',
      '관련 기사',
      '관련기사',
      '많이 본 뉴스',
      '목차',
    ],
  }),
  story: null,
};
