import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';
import { validateArticle } from '../../schema/index';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const PARAGRAPH =
  '<p>The council approved the plan on Thursday after a long debate, and the mayor said work would start in spring.</p>';

/** The article of a page whose story holds `inside` between two paragraphs, and a sidebar holding `aside`. */
function read(inside: string, aside = '') {
  const html = `<html><body><article><h1>Bridge plan approved</h1>${PARAGRAPH}${inside}${PARAGRAPH.replace('Thursday', 'Friday')}${PARAGRAPH.replace('spring', 'summer')}</article><div class="sidebar">${aside}</div></body></html>`;
  return parseArticle({ html, url: 'https://news.example.com/2024/05/bridge' }, { extractors: OFF });
}

describe('media: players, posts and embeds in the story', () => {
  it('lists a video, a podcast and a chart in reading order, never their fallback text', () => {
    const article = read(
      '<iframe src="https://www.youtube.com/embed/abc123" title="The bridge at dawn"></iframe>' +
        '<p>Listen to the debate below.</p><iframe src="https://open.spotify.com/embed/episode/xyz"></iframe>' +
        '<video src="/media/council.mp4" poster="/media/council.jpg">Your browser does not support video.</video>' +
        '<iframe src="https://datawrapper.dwcdn.net/AbCd/1/"></iframe>',
    );
    expect(article.media).toEqual([
      {
        kind: 'video',
        url: 'https://www.youtube.com/embed/abc123',
        provider: 'youtube.com',
        title: 'The bridge at dawn',
      },
      {
        kind: 'audio',
        url: 'https://open.spotify.com/embed/episode/xyz',
        provider: 'open.spotify.com',
        title: null,
      },
      {
        kind: 'video',
        url: 'https://news.example.com/media/council.mp4',
        provider: 'news.example.com',
        title: null,
      },
      {
        kind: 'embed',
        url: 'https://datawrapper.dwcdn.net/AbCd/1/',
        provider: 'datawrapper.dwcdn.net',
        title: null,
      },
    ]);
    expect(article.text).not.toContain('does not support');
    expect(validateArticle(article).success).toBe(true);
  });

  it('takes a video its source child names, and an embedded post with the address of its status', () => {
    const article = read(
      '<video controls><source src="https://cdn.example.com/clip.webm" type="video/webm"></video>' +
        '<blockquote class="twitter-tweet"><p>The bridge is finally getting fixed!</p>— Jane (@jane) <a href="https://twitter.com/jane/status/123">May 3, 2024</a></blockquote>',
    );
    expect(article.media.map((m) => [m.kind, m.url])).toEqual([
      ['video', 'https://cdn.example.com/clip.webm'],
      ['post', 'https://twitter.com/jane/status/123'],
    ]);
    // The post's words stay in the story, as the quotation the page shows.
    expect(article.text).toContain('The bridge is finally getting fixed!');
  });

  it('lists no advertising, tracking pixel, empty frame or embed outside the story', () => {
    const article = read(
      '<iframe src="https://securepubads.g.doubleclick.net/ad"></iframe><iframe src="https://example.org/pixel" width="1" height="1"></iframe><iframe></iframe>',
      '<iframe src="https://www.youtube.com/embed/other"></iframe>',
    );
    expect(article.media).toEqual([]);
  });

  it('reads the caption of a figure that shows only a player a script loads as a caption, not a paragraph', () => {
    const article = read(
      '<figure class="media--video"><div id="player"></div><figcaption>The mayor presents the plan</figcaption></figure>',
    );
    expect(article.paragraphs.map((p) => p.text)).not.toContain('The mayor presents the plan');
    expect(article.blocks.find((b) => b.span.text === 'The mayor presents the plan')?.kind).toBe('caption');
  });

  it('gives plain text no media', () => {
    expect(parseArticle('The council met on Thursday.', { extractors: OFF }).media).toEqual([]);
  });
});

describe('tables', () => {
  const TABLE =
    '<table><tr><th>District</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr><tr><td>South <b>bank</b></td><td>987</td></tr></table>';

  it('keeps a data table as one table block, its rows and cells as spans of the text', () => {
    const article = read(TABLE);
    const table = article.blocks.find((b) => b.kind === 'table');
    expect(table?.span.text).toBe('District\tVotes\nNorth\t1,204\nSouth bank\t987');
    expect(table?.rows?.map((cells) => cells.map((c) => c.text))).toEqual([
      ['District', 'Votes'],
      ['North', '1,204'],
      ['South bank', '987'],
    ]);
    expect(article.paragraphs.map((p) => p.text)).toContain(table!.span.text);
    expect(article.html).toContain('<table><tbody><tr><td>District</td><td>Votes</td></tr>');
    expect(validateArticle(article).success).toBe(true);
  });

  it('keeps the columns of a row with an empty cell', () => {
    const article = read(
      '<table><tr><td>North</td><td></td><td>3</td></tr><tr><td>South</td><td>2</td><td>5</td></tr></table>',
    );
    const table = article.blocks.find((b) => b.kind === 'table');
    expect(table?.rows?.map((cells) => cells.map((c) => c.text))).toEqual([
      ['North', '', '3'],
      ['South', '2', '5'],
    ]);
  });

  it('reads a one-column table as the paragraphs it boxes', () => {
    const article = read('<table><tr><td>Note: the vote was held twice.</td></tr></table>');
    expect(article.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(article.paragraphs.map((p) => p.text)).toContain('Note: the vote was held twice.');
  });
});
