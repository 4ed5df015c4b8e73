// Time-zone rules of the publication date (local-time.ts), each on a page reduced to the markup that decides it.
import { describe, expect, it } from 'vitest';
import { LONG, parsePage, published } from '../../../../test/page-dates';

describe('publication date: a UTC stamp in the local offset', () => {
  it('restates a UTC timestamp in the offset the page shows for the same instant', () => {
    const head = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">';
    const time = '<time datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time>';
    expect(published(head, time)).toBe('2023-11-08T21:11:03-05:00');
  });

  it('keeps a UTC timestamp when no other form of it is on the page', () => {
    const head = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">';
    expect(published(head, '<time datetime="2023-11-02T10:00:00-05:00">Nov 2</time>')).toBe(
      '2023-11-09T02:11:03+00:00',
    );
  });
});

describe('publication date: time zones and URLs', () => {
  const meta = (content: string) => `<meta property="article:published_time" content="${content}">`;
  const page = (lang: string, head: string) =>
    `<html lang="${lang}"><head>${head}</head><body><h1>Wahlen</h1>${LONG}</body></html>`;

  it('restates a UTC "midnight" stamp on a Central European page as local midnight, the same instant', () => {
    const a = parsePage(page('de', meta('2021-11-04T23:00Z')));
    expect(a.publishedAt).toBe('2021-11-05T00:00:00+01:00');
    expect(Date.parse(a.publishedAt!)).toBe(Date.parse('2021-11-04T23:00:00Z'));
    expect(parsePage(page('de', meta('2021-06-04T22:00:00Z'))).publishedAt).toBe('2021-06-05T00:00:00+02:00');
    expect(parsePage(page('en', meta('2021-11-04T23:00Z'))).publishedAt).toBe('2021-11-04T23:00:00Z');
    expect(parsePage(page('de', meta('2021-11-04T23:15:00Z'))).publishedAt).toBe('2021-11-04T23:15:00Z');
  });

  it('trusts a stamp with its own offset a day after the URL date, but not a year after', () => {
    const url = 'https://news.example/2020/02/18/ciencia/antartida.html';
    expect(parsePage(page('es', meta('2020-02-19T18:37:32+01:00')), url).publishedAt).toBe(
      '2020-02-19T18:37:32+01:00',
    );
    expect(parsePage(page('es', meta('2021-02-19T18:37:32+01:00')), url).publishedAt).toBe('2020-02-18');
  });
});
