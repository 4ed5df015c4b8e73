import { table } from '../../util/table';
import type { NumberWords } from '../types';

/** Number words up to nineteen, and the tens. */
const NUMBER_WORDS: Readonly<Record<string, number>> = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Words that multiply the number before them: "1.2 million", "two dozen". */
const SCALE_WORDS: Readonly<Record<string, number>> = table({
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
});

/** Plural amounts with no number: kept as words, their count unknown. */
const VAGUE_AMOUNTS: ReadonlySet<string> = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'tens',
]);

export const EN_NUMBERS: NumberWords = {
  of: 'of',
  groupSeparator: ',',
  decimalSeparator: '.',
  vagueScales: new Set(['thousands', 'millions']),
  notAloneAmounts: new Set(['tens']),
  articles: new Set(['a', 'an']),
  halfDozen: ['half', 'a', 'dozen'],
  numberWords: NUMBER_WORDS,
  scaleWords: SCALE_WORDS,
  vagueAmounts: VAGUE_AMOUNTS,
};
