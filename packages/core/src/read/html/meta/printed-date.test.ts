import { describe, expect, it } from 'vitest';
import { loadDom, walkElements } from '../dom';
import { scanPage } from '../scan-page';
import { PUBLISHED_LABEL } from './constants';
import { findClassedDate, labelledDate, nextPublishedLabel } from './printed-date';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const bodyElements = (html: string) => scanPage(loadDom(html, 100).root).bodyElements;

describe('findClassedDate', () => {
  it('reads the first date-classed element of the body, past update and comment stamps', () => {
    const elements = bodyElements(
      '<html><head><meta class="date" content="x"></head><body><span class="updated-date">2 March 2024</span><div class="comment-date">3 March 2024</div><p class="post-date">Posted 1 March 2024</p></body></html>',
    );
    expect(findClassedDate(elements, NOW)).toBe('2024-03-01');
  });

  it('reads a machine timestamp printed as the whole text of a date-classed element', () => {
    const elements = bodyElements(
      '<html><body><p><span class="Author_publicationTime__F2lab">2022-11-23T08:10+02:00 </span></p></body></html>',
    );
    expect(findClassedDate(elements, NOW)).toBe('2022-11-23T08:10:00+02:00');
    // Inside running text, the same stamp is no printed date of the element.
    const prose = bodyElements(
      '<html><body><p class="post-meta">Build 2022-11-23T08:10+02:00 shipped with fixes</p></body></html>',
    );
    expect(findClassedDate(prose, NOW)).toBeNull();
  });

  it('finds nothing outside the elements it is given', () => {
    const html = '<html><body><p>story</p></body></html><div class="post-date">1 March 2024</div>';
    expect(findClassedDate(bodyElements(html), NOW)).toBeNull();
    expect(findClassedDate(walkElements(loadDom(html, 100).root), NOW)).toBe('2024-03-01');
  });
});

describe('nextPublishedLabel', () => {
  const labels = (text: string) => {
    PUBLISHED_LABEL.lastIndex = 0;
    const out: string[] = [];
    for (let m = nextPublishedLabel(text); m; m = nextPublishedLabel(text)) out.push(`${m.index}:${m[0]}`);
    return out;
  };

  it.each([
    [
      'a label at the start and after a space',
      'Published: 1 May. Datum 2 May',
      ['0:Published: ', '18:Datum '],
    ],
    [
      'a label that goes on from a letter, a digit or a letter outside the BMP',
      'unveröffentlicht 3published 𝒜posted',
      [],
    ],
    ['a label after punctuation', '(Published on 1 May)', ['1:Published on ']],
    [
      'a label in a script without spaces, after a bracket but not after a letter',
      '（发布时间：2024年3月12日）新闻发布时间：',
      ['1:发布时间：'],
    ],
  ])('finds %s', (_, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('labelledDate', () => {
  it('passes over a label inside a word to the next one', () => {
    expect(labelledDate('Unveröffentlicht 1. März 2024. Veröffentlicht: 2. März 2024', NOW)).toBe(
      '2024-03-02',
    );
  });

  it('finds none in text whose only label goes on from a word', () => {
    expect(labelledDate('Unveröffentlicht 1. März 2024', NOW)).toBeNull();
  });
});
