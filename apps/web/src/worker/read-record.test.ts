import { describe, expect, it } from 'vitest';
import { seedWithFacts } from '../test/seed-article';
import { looksLikeRecord, readRecord } from './read-record';

describe('readRecord', () => {
  const article = seedWithFacts();

  it('reads a saved record back unchanged', () => {
    const json = JSON.stringify(article);
    expect(looksLikeRecord(`  ${json}`)).toBe(true);
    expect(readRecord(json)).toEqual({ article, check: { success: true } });
  });

  it.each([
    ['not JSON', '{ "schemaVersion": ', /not JSON/],
    [
      'a broken span',
      JSON.stringify({
        ...article,
        dates: [{ ...article.dates[0]!, span: { start: 0, end: 3, text: 'xyz' } }],
      }),
      /first at dates\.0\.span/,
    ],
    ['another object', '{"schemaVersion": "0.1"}', /not a valid copydesk record/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => readRecord(input)).toThrow(message);
  });

  it('does not take articles or HTML for records', () => {
    expect(looksLikeRecord('DEIR EZZOR: {"schemaVersion"}')).toBe(false);
    expect(looksLikeRecord('<html>{"schemaVersion"}')).toBe(false);
  });
});
