import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../../test/annotate-sentence';
import { extractCasualties } from '../casualties/extract-casualties';
import { extractDates } from './extract-dates';

// Words the extractors react to, mixed with noise, so that random text hits their rules.
const WORDS = [
  'Sunday',
  'on',
  'last',
  'next',
  'this',
  'week',
  'ago',
  'a',
  'November',
  'Nov.',
  '9',
  '2017',
  ',',
  'killed',
  'were',
  'more',
  'than',
  'at',
  'least',
  '80',
  'fighters',
  'dozens',
  'of',
  'IS',
  'militants',
  '–',
  'and',
  'left',
  'dead',
  'death',
  'toll',
  'will',
  'ahead',
  '1.2',
  'million',
  '.',
];
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((words) => words.join(' '));

describe('dates and casualties on arbitrary text', () => {
  it('never throw and keep every span on the text', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom('2017-11-19', '2020-02-29', null), (text, reference) => {
        if (!text.trim()) return;
        const doc = annotateSentence(text);
        const { dates } = extractDates(doc, reference);
        for (const d of dates) {
          expect(text.slice(d.span.start, d.span.end)).toBe(d.span.text);
          expect(d.value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.value)).toBe(true);
        }
        for (const c of extractCasualties(doc)) {
          expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
          expect(c.count === null ? c.vague !== null : c.count >= 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
