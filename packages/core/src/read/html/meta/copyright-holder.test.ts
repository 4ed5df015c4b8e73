import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../parse';
import { loadDom } from '../dom';
import { scanPage } from '../scan-page';
import { findCopyrightHolders } from './copyright-holder';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const PROSE =
  '<p>I moved my configuration into one folder this week, and the whole setup is simpler for it.</p>'.repeat(
    3,
  );

const holders = (body: string) =>
  findCopyrightHolders(scanPage(loadDom(`<html><body>${body}</body></html>`, 100).root).bodyElements);

describe('findCopyrightHolders', () => {
  it.each([
    ['a footer line', '<footer>&copy; 2025 Ada Brook. <a href="/src">Source</a></footer>', ['Ada Brook']],
    [
      'the word, "(c)" and an open range of years, before "All rights reserved"',
      '<div id="footer"><p>Copyright (c) 2012- Gil Moran. All rights reserved.</p></div>',
      ['Gil Moran'],
    ],
    ['years after the word and the sign', '<footer><p>Copyright 2025 © Ida Hale</p></footer>', ['Ida Hale']],
    ['a middle initial kept', '<footer><small>© 2024 Jane Q. Doe</small></footer>', ['Jane Q. Doe']],
    ['a firm, by its notice', '<footer><p>Copyright © Meta Platforms, Inc</p></footer>', []],
    [
      'a firm whose notice names its corporation',
      '<footer><p>© 2024 Ace Hardware. Ace Hardware is a trademark of Ace Hardware Corporation.</p></footer>',
      [],
    ],
    ['a photo credit in the story', '<p><span class="copyright">© Mark Lee</span></p>', []],
    ['a long line of terms', `<footer><p>© 2025 Ada Brook. ${'Terms apply. '.repeat(20)}</p></footer>`, []],
  ])('%s', (_why, body, expected) => {
    expect(holders(body)).toEqual(expected);
  });
});

describe("a personal site's owner from its footer", () => {
  const authorsOf = (footer: string, top = '') => {
    const html = `<html><head><title>Dot GitHub</title></head><body><article><h1>Dot GitHub</h1>${top}${PROSE}</article>${footer}</body></html>`;
    return parseArticle({ html }, { extractors: OFF }).authors.map((a) => a.name);
  };

  it('names the author when nothing else does and the holder is a person', () => {
    expect(authorsOf('<footer>© 2025 Ada Brook.</footer>')).toEqual(['Ada Brook']);
    expect(authorsOf('<footer>© 2025 Ada Brook.</footer>', '<p class="byline">By Lois Lane</p>')).toEqual([
      'Lois Lane',
    ]);
    expect(authorsOf('<footer>© 2025 Harbour Media Ltd.</footer>')).toEqual([]);
  });
});
