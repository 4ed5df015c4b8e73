// Publication-date rules, each on a page reduced to the markup that decides it.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const BODY = '<p>The council approved the plan on Thursday after a long debate over the budget.</p>';
const published = (head: string, body = '') =>
  parseArticle(
    {
      html: `<html><head>${head}</head><body><article><h1>Plan approved</h1>${body}${BODY}</article></body></html>`,
    },
    { extractors: OFF, publishedAt: undefined },
  ).publishedAt;

describe('publication date', () => {
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

  it('prefers a date marked up in the page to a generic "date" meta', () => {
    const head = '<meta name="date" content="2020-04-30">';
    expect(published(head, '<time itemprop="datePublished" datetime="2020-04-29">29.04.2020</time>')).toBe(
      '2020-04-29',
    );
  });

  it('reads the article meta box even when it is an <aside>', () => {
    const box = '<aside class="meta"><p><time datetime="2022-01-21">21.01.2022</time></p></aside>';
    expect(published('', box)).toBe('2022-01-21');
  });

  it('passes over a date in a sidebar <aside>', () => {
    const side = '<aside class="sidebar"><time datetime="2022-01-21">21.01.2022</time></aside>';
    expect(published('', `${side}<p><time datetime="2022-01-10">10.01.2022</time></p>`)).toBe('2022-01-10');
  });

  it('reads a date stated only in a JSON state script', () => {
    const script =
      '<script>window.__STATE__ = {"post": {"published_at": "2019-03-02T06:22:28+01:00"}};</script>';
    expect(published(script)).toBe('2019-03-02T06:22:28+01:00');
  });

  it('reads microdata stated in a title attribute and RDFa properties', () => {
    expect(
      published('', '<abbr itemprop="datePublished" title="2017-09-09T10:52:00+02:00">10:52</abbr>'),
    ).toBe('2017-09-09T10:52:00+02:00');
    expect(
      published('', '<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>'),
    ).toBe('2022-01-28T12:45:46+00:00');
  });

  it('falls back to an upload folder in og:image, not to a file name', () => {
    expect(published('<meta property="og:image" content="https://x.org/files/2016/05/04/cover.png">')).toBe(
      '2016-05-04',
    );
    expect(
      published('<meta property="og:image" content="https://x.org/img/Screenshot_2017-09-06-16.png">'),
    ).toBeNull();
  });

  it('finds a printed date on a page whose <body> is not where the parser expects it', () => {
    const html = `<div><h1 class="title">Wages</h1><span class="_publishingdate">07.11.2023</span>${BODY}</div>`;
    expect(parseArticle({ html }, { extractors: OFF }).publishedAt).toBe('2023-11-07');
  });

  it('takes the date a label names as the publication date over an earlier edit date', () => {
    const footer = '<p class="footer">Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p>';
    expect(published('', footer)).toBe('2023-11-01');
    expect(published('', '<p>Updated 2 May 2019. Published on 1 May 2019.</p>')).toBe('2019-05-01');
  });

  it('reads a two-digit year only in a date-classed element', () => {
    expect(published('', '<div class="date">Party, 30.10.23</div>')).toBe('2023-10-30');
    expect(published('', '<p>Version 30.10.23 is out.</p>')).toBeNull();
  });

  it('prefers a date printed by the headline to a generic "date" meta', () => {
    const head = '<meta name="date" content="2020-02-12">';
    expect(published(head, '<div class="news-single-timedata">05.02.2020</div>')).toBe('2020-02-05');
  });

  it('passes over dates in an embedded post quoted in the story', () => {
    const embed =
      '<blockquote class="instagram-media"><p><time datetime="2018-03-12T19:30:12+00:00">Mar 12</time></p></blockquote>';
    expect(published('', `${embed}<p class="meta"><time datetime="2019-01-29">29.01.2019</time></p>`)).toBe(
      '2019-01-29',
    );
  });

  it('believes the label printed in a <time> over its datetime attribute', () => {
    expect(published('', '<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>')).toBe(
      '2019-06-29',
    );
  });

  it('passes over a pubdate in a block whose class says it is an aside', () => {
    const aside =
      '<div class="aside-bloc"><p><time datetime="2019-09-22T07:30:29Z" pubdate>22 septembre</time></p></div>';
    expect(published('', `<p><time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p>${aside}`)).toBe(
      '2019-06-28T13:49:45Z',
    );
  });
});
