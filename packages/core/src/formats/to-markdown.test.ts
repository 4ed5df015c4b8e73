import { describe, expect, it } from 'vitest';
import { makeArticle } from './_fixture';
import { toMarkdown } from './to-markdown';

describe('toMarkdown', () => {
  const md = toMarkdown(makeArticle());

  it('puts the headline first as a level-1 heading, escaping markup', () => {
    expect(md.split('\n')[0]).toBe('# Army retakes \\*border\\* town');
  });

  it.each([
    ['the dek in italics', '*Fighters withdrew overnight*'],
    ['a byline line', 'By Ann Reporter and Bob Writer | AFP | 2017-11-19T10:30:00Z | Deir Ezzor'],
    [
      'the image with its caption and credit',
      '![Troops enter the town.](<https://news.example.com/img/troops.jpg>)',
    ],
    ['the first paragraph', 'DEIR EZZOR: The army took the town on Sunday, a source told AFP.'],
    ['a paragraph that would read as a heading, escaped', '\\# not a heading, and 1. not a list'],
  ])('renders %s', (_, line) => {
    expect(md.split('\n')).toContain(line);
  });

  it('escapes a leading ordered-list number', () => {
    const article = makeArticle();
    const text = '1. First';
    const out = toMarkdown({ ...article, paragraphs: [{ start: 0, end: text.length, text }], blocks: [] });
    expect(out).toContain('1\\. First');
  });

  it('ends with one newline and separates blocks by a blank line', () => {
    expect(md.endsWith('.\n')).toBe(false);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });
});
