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

  const STORY_PARAGRAPHS =
    '<p>This is not the welcome the former mayor expected after a decade of giving to the causes of his party.</p>' +
    '<p>His debut in the top tier of the race has turned brutal, and the next debate is only days away now.</p>';

  it('is read from an element of its own printed before the story’s container, and opens the text', () => {
    const html = `<html><body><article><h1>Talks resume</h1><div class="ArticlePage-articleBody">
      <span class="ArticlePage-dateline">WASHINGTON&nbsp;—&nbsp;</span>
      <div class="RichTextArticleBody"><div class="RichTextBody">${STORY_PARAGRAPHS}</div></div></div></article></body></html>`;
    const body = readHtml(html, { url: null, maxDepth: 100 });
    expect(body.dateline).toMatchObject({ text: 'WASHINGTON', place: 'Washington' });
    expect(body.dateline!.span.text).toBe('WASHINGTON —');
    expect(body.text).toContain('WASHINGTON — This is not the welcome');
  });

  it('is read from a later paragraph that opens with an element the page marks as the dateline', () => {
    const html = `<html><body><article><h1>Talks resume</h1>
      <p>Top headlines are here. Check out what is clicking on our site today.</p>
      <p><span class="dateline">MIAMI – </span><a href="/p/haley">Nikki Haley</a> gave as good as she got at the third debate of the primary.</p>
      ${STORY_PARAGRAPHS}</article></body></html>`;
    const body = readHtml(html, { url: null, maxDepth: 100 });
    expect(body.dateline).toMatchObject({ text: 'MIAMI', place: 'Miami' });
    expect(body.dateline!.span.text).toBe('MIAMI –');
  });

  it('is not taken from a later paragraph the page does not mark, nor from a marked strip of date and author', () => {
    const later = `<html><body><article><h1>Talks resume</h1>
      <p>Top headlines are here. Check out what is clicking on our site today.</p>
      <p>MIAMI – Nikki Haley gave as good as she got at the third debate of the primary.</p>${STORY_PARAGRAPHS}</article></body></html>`;
    expect(readHtml(later, { url: null, maxDepth: 100 }).dateline).toBeNull();
    const strip = `<html><body><article><h1>Talks resume</h1><div class="post">
      <div class="Dateline"><time>30.04.2020</time> / Moritz Wichmann</div>
      <div class="entry">${STORY_PARAGRAPHS}</div></div></article></body></html>`;
    const body = readHtml(strip, { url: null, maxDepth: 100 });
    expect(body.dateline).toBeNull();
    expect(body.text).not.toContain('Wichmann This is not');
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
