import { describe, expect, it } from 'vitest';
import { datelineYear } from './dateline';
import { readHtml } from './html/read-html';
import { readText } from './text/read-text';

const STORY =
  'Talks resume\n\nPARIS, March 2 (AFP) - Negotiators met again on Monday after a week of delays.';

describe('the dateline, found once by the reader', () => {
  it('is handed on in Body.dateline for text, its year from the reference day', () => {
    const body = readText(STORY, { referenceDay: '2019-05-01' });
    expect(body.dateline).toMatchObject({ place: 'Paris', date: '2019-03-02', agency: 'AFP' });
    expect(body.dateline!.span.text).toBe(
      body.text.slice(body.dateline!.span.start, body.dateline!.span.end),
    );
    expect(readText(STORY).dateline?.date).toBeNull();
  });

  it('is handed on for HTML, its year from the page’s own date when none is given', () => {
    const html = `<html><head><meta property="article:published_time" content="2021-03-05"></head><body><article>
      <h1>Talks resume</h1><p>PARIS, March 2 (AFP) - Negotiators met again on Monday after a week of delays, and again.</p></article></body></html>`;
    expect(readHtml(html, { url: null, maxDepth: 100 }).dateline).toMatchObject({
      place: 'Paris',
      date: '2021-03-02',
    });
    expect(readHtml(html, { url: null, maxDepth: 100, referenceDay: '2018-01-01' }).dateline?.date).toBe(
      '2018-03-02',
    );
  });

  it('is null when the first paragraph has none', () => {
    expect(readText('A headline\n\nNegotiators met again on Monday.').dateline).toBeNull();
  });

  it.each([
    ['2019-05-01', '2020-01-01T10:00:00Z', 2019],
    [null, '2020-01-01T10:00:00Z', 2020],
    [null, 'January 2020', null],
    [null, null, null],
  ])('datelineYear(%s, %s) is %s', (given, page, year) => {
    expect(datelineYear(given, page)).toBe(year);
  });
});
