import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const PROSE =
  '<p>The council voted on Monday to close the old bridge to traffic for two years of repairs.</p>';

function leadImage(img: string): string | null {
  const html = `<html><body><article><h1>Bridge to close</h1><figure>${img}<figcaption>The old bridge.</figcaption></figure>${PROSE.repeat(3)}</article></body></html>`;
  return (
    parseArticle({ html, url: 'https://news.example.com/a/b.html' }, { extractors: OFF }).images[0]?.url ??
    null
  );
}

describe('lazy images', () => {
  it.each([
    [
      'a placeholder src and data-src',
      '<img src="/t.gif" data-src="/img/bridge.jpg">',
      'https://news.example.com/img/bridge.jpg',
    ],
    [
      'data-retina-src beside a blank gif',
      '<img src="https://x.net/img/leer.gif" data-retina-src="https://media.x.net/bridge.jpg">',
      'https://media.x.net/bridge.jpg',
    ],
    [
      'a data: src and data-srcset',
      '<img src="data:image/gif;base64,R0lGOD" data-srcset="/img/b-800.jpg 800w, /img/b-400.jpg 400w">',
      'https://news.example.com/img/b-800.jpg',
    ],
    [
      'a spacer src with srcset',
      '<img src="/spacer.gif" srcset="/img/bridge-2x.jpg 2x">',
      'https://news.example.com/img/bridge-2x.jpg',
    ],
    ['a plain src', '<img src="/img/bridge.jpg">', 'https://news.example.com/img/bridge.jpg'],
    [
      'a file merely named like a placeholder word',
      '<img src="/img/test.gif">',
      'https://news.example.com/img/test.gif',
    ],
  ])('reads %s', (_name, img, url) => {
    expect(leadImage(img)).toBe(url);
  });

  it('reports no URL when the only source is a placeholder', () => {
    expect(leadImage('<img src="/blank.gif" alt="The old bridge">')).toBeNull();
  });
});
