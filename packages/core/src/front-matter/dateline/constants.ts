import { table } from '../../util/table';
export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** All-caps lead words that open a first paragraph without being a place. */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'BREAKING',
  'BREAKING NEWS',
  'UPDATE',
  'UPDATED',
  'EXCLUSIVE',
  'WATCH',
  'ANALYSIS',
  'OPINION',
  'EDITOR’S NOTE',
  "EDITOR'S NOTE",
  'NOTE',
  'CORRECTION',
  'CLARIFICATION',
  'ABSTRACT',
  'VIDEO',
  'PHOTOS',
  'LIVE',
  'SPOILER',
  'WARNING',
  'ALERT',
  'URGENT',
  'FLASH',
  'Q',
  'A',
  'BULLETIN',
  'ADVISORY',
  'ATTENTION',
  'TRANSCRIPT',
  'COMMENTARY',
  'REVIEW',
  'FACT CHECK',
]);

export const MONTH_NUMBER: Record<string, number> = table({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
