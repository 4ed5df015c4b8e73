// Publication-date rules (published.ts and its helpers), each on a page reduced to the markup that decides it.
import { describe, expect, it } from 'vitest';
import { BODY, LONG, OFF, parsePage, published } from '../../../../test/page-dates';
import { parseArticle } from '../../../parse';

describe('publication date', () => {
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

  it.each([
    ['a bare CDATA section', '<![CDATA[', ']]>'],
    ['a commented-out CDATA section', '//<![CDATA[', '//]]>'],
  ])('reads JSON-LD wrapped in %s', (_, open, close) => {
    const ld = `<script type="application/ld+json">${open}{"@type":"NewsArticle","datePublished":"2015-10-15T02:19:15Z"}${close}</script>`;
    expect(published(`${ld}<meta property="article:published_time" content="2015-12-11T14:28:34Z">`)).toBe(
      '2015-10-15T02:19:15Z',
    );
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

  it.each([
    ['Chinese, after a full-width colon', '<p>更新：2024年3月10日</p><p>发布时间：2024年03月12日 14:05</p>'],
    ['Arabic, in Eastern Arabic digits', '<p>آخر تحديث ١٠ آذار ٢٠٢٤</p><p>نشر في ١٢ آذار ٢٠٢٤</p>'],
    ['Korean, as news sites stamp it', '<p>수정 2024.03.10 09:00</p><p>입력 2024.03.12 14:05</p>'],
    ['Russian', '<p>Обновлено 10 марта 2024</p><p>Опубликовано: 12 марта 2024</p>'],
  ])('takes the date a label names in %s', (_, footer) => {
    expect(published('', footer)).toBe('2024-03-12');
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

describe('publication date: the date the page shows', () => {
  const ld = (published: string, modified: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cloud gaming tested","datePublished":"${published}","dateModified":"${modified}"}</script>`;
  const page = (head: string, under: string) =>
    `<html><head>${head}</head><body><article><h1>Cloud gaming tested</h1>${under}${LONG}</article></body></html>`;

  it('takes the update date when the page shows only that one beside its headline, and says so', () => {
    const a = parsePage(
      page(ld('2021-01-01T11:00:00Z', '2023-04-01T10:00:00Z'), '<p>01.04.2023, 12:00 Uhr</p>'),
    );
    expect(a.publishedAt).toBe('2023-04-01T10:00:00Z');
    expect(a.modifiedAt).toBe('2023-04-01T10:00:00Z');
    const warning = a.warnings.find((w) => w.code === 'published-date-shown');
    expect(warning?.message).toContain('2021-01-01T11:00:00Z');
  });

  it('keeps the first publication when the page shows it, or shows both', () => {
    const head = ld('2021-01-01T11:00:00Z', '2023-04-01T10:00:00Z');
    expect(parsePage(page(head, '<p>1 January 2021</p>')).publishedAt).toBe('2021-01-01T11:00:00Z');
    const both = '<p>Last updated 01 Apr 2023, originally created 01 Jan 2021</p>';
    const a = parsePage(page(head, both));
    expect(a.publishedAt).toBe('2021-01-01T11:00:00Z');
    expect(a.warnings.some((w) => w.code === 'published-date-shown')).toBe(false);
  });

  it('keeps the declared date when the page shows no date or an unrelated one', () => {
    const head = ld('2021-01-01T11:00:00Z', '2023-04-01T10:00:00Z');
    expect(parsePage(page(head, '')).publishedAt).toBe('2021-01-01T11:00:00Z');
    expect(parsePage(page(head, '<p>The show runs on 21 May 2022.</p>')).publishedAt).toBe(
      '2021-01-01T11:00:00Z',
    );
  });

  it('settles JSON-LD and a meta that disagree by the date printed under the headline', () => {
    const head = `${ld('2022-01-04T07:29:00Z', '2022-01-25T14:24:00Z')}<meta property="article:published_time" content="2022-01-06T08:29:34">`;
    expect(parsePage(page(head, '<div class="info">06.01.2022</div>')).publishedAt).toBe(
      '2022-01-06T08:29:34',
    );
  });

  it('settles JSON-LD and a generic "date" meta that disagree by the date printed under the headline', () => {
    const head = `${ld('2024-08-29T10:00:00Z', '2025-12-15T12:15:15Z')}<meta name="date" content="November 25, 2025">`;
    expect(parsePage(page(head, '<p>By Jane Roe Nov 25, 2025 5:00 am PST</p>')).publishedAt).toBe(
      '2025-11-25',
    );
    expect(parsePage(page(head, '')).publishedAt).toBe('2024-08-29T10:00:00Z');
  });

  it('reads microdata dateModified as the update, and lets a dateline under the headline choose it', () => {
    const stamps =
      '<time itemprop="datePublished" datetime="2021-10-27T20:35:36+01:00"></time><time itemprop="dateModified" datetime="2021-10-28T13:21:30+01:00"></time>';
    const a = parsePage(page('', `${stamps}<p>Berlin, 28.10.2021, 058/21 Vor Beginn der Konferenz</p>`));
    expect(a.modifiedAt).toBe('2021-10-28T13:21:30+01:00');
    expect(a.publishedAt).toBe('2021-10-28T13:21:30+01:00');
    expect(parsePage(page('', stamps)).publishedAt).toBe('2021-10-27T20:35:36+01:00');
  });

  it('reads a UTC time as the local day it was printed on', () => {
    const head = ld('2023-11-09T02:11:03Z', '2023-11-12T10:00:00Z');
    expect(parsePage(page(head, '<p>November 8, 2023</p>')).publishedAt).toBe('2023-11-09T02:11:03Z');
  });
});

describe('publication date: where on the page', () => {
  it('finds the headline by its text when the first <h1> is the logo', () => {
    const html = `<html><head><meta property="og:title" content="Die Zukunft der Arbeit - Liegestühle"></head><body>
      <header><h1><a class="logo">Deutschlandfunk</a></h1><span>Mittwoch, 26.02.2020</span></header>
      <div class="crumbs">Kulturfragen 01.05.2017</div>
      <h1><span>Die Zukunft der Arbeit</span>Liegestühle</h1>${LONG}</body></html>`;
    expect(parsePage(html).publishedAt).toBe('2017-05-01');
  });

  it('prefers a <time> beside the headline to pubdate times in teasers further down', () => {
    const teasers = [24, 23, 19]
      .map((d) => `<li><p><time pubdate datetime="2019-09-24T13:34:33Z">${d}/09/2019</time></p></li>`)
      .join('');
    const html = `<html><body><header><h1>Balkany</h1><p class="publication"><time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p></header>${LONG}<ul>${teasers}</ul></body></html>`;
    expect(parsePage(html).publishedAt).toBe('2019-06-28T13:49:45Z');
  });

  it('passes over the date in the site navigation', () => {
    const html = `<html><body><div id="navwrap"><span><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div>
      <div class="intro"><p><span class="text_datum">31. Oktober 2023.</span> Dragqueens sind Kunstfiguren.</p></div>${LONG}</body></html>`;
    expect(parsePage(html).publishedAt).toBe('2023-10-31');
  });

  it('reads a date inside the article container whatever the layout wrapper is called', () => {
    const html = `<html><body><div class="mainwrap sidebar"><div class="widget"><div class="widget-date">14/06/2019</div></div>
      <div class="postcontent"><div class="post-meta"><a class="post-meta-time">08/08/2017</a></div>${LONG}</div></div></body></html>`;
    expect(parsePage(html).publishedAt).toBe('2017-08-08');
  });

  it('takes the printed date nearest the headline, before it or just under it', () => {
    const before = `<div class="timedata">05.02.2020 - Redaktion</div><h1>Faire Lieferketten</h1>${LONG}<p>Workshop vom 6. - 7. März 2020.</p>`;
    expect(parsePage(`<html><body>${before}</body></html>`).publishedAt).toBe('2020-02-05');
    const under = `<p>Le Club, 5 août 2019</p><h1>Violences policières</h1><p>27 juin 2019 Par Elba</p>${LONG}`;
    expect(parsePage(`<html><body>${under}</body></html>`).publishedAt).toBe('2019-06-27');
  });

  it('reads a lone two-digit-year date after a byline, but not one in a sentence', () => {
    const byline = '<h1>Grab-Bote</h1><div>Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>';
    const body = '<p>Ein Sprecher sagte am Montag (30. Oktober 2023), das Video sei erfunden.</p>';
    expect(parsePage(`<html><body>${byline}${body}${LONG}</body></html>`).publishedAt).toBe('2023-10-31');
    expect(
      parsePage(`<html><body><h1>Release</h1><p>Version 30.10.23 is out.</p>${LONG}</body></html>`)
        .publishedAt,
    ).toBeNull();
  });

  it('reads "submitted by NAME on DATE" over a date in the story', () => {
    const html = `<html><body><h1>FairCoin hackathon</h1><p>Wir fahren am 23.-26.8.2017 hin.</p>${LONG}
      <div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div></body></html>`;
    expect(parsePage(html).publishedAt).toBe('2017-07-24');
  });

  it('passes over the date a forum member registered', () => {
    const html = `<html><body><dl><dd>Registriert: 18.09.2008, 05:56</dd></dl><p>r23 » 21.01.2009, 05:42</p>${LONG}</body></html>`;
    expect(parsePage(html).publishedAt).toBe('2009-01-21');
  });
});
