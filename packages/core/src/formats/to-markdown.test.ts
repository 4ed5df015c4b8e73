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

  it('renders a table block as a Markdown table, its first row the header and a bar in a cell escaped', () => {
    const text = 'District\tVotes\nNorth|East\t1,204';
    const cell = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    const table = {
      kind: 'table' as const,
      span: cell(0, text.length),
      rows: [
        [cell(0, 8), cell(9, 14)],
        [cell(15, 25), cell(26, 31)],
      ],
    };
    const out = toMarkdown({ ...makeArticle(), text, paragraphs: [table.span], blocks: [table] });
    expect(out).toContain('| District | Votes |\n| --- | --- |\n| North\\|East | 1,204 |');
  });

  it('ends with one newline and separates blocks by a blank line', () => {
    expect(md.endsWith('.\n')).toBe(false);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });

  it('leaves a left-to-right article in a Latin script unwrapped, its language unnamed when English', () => {
    expect(md.startsWith('# ')).toBe(true);
    expect(md).not.toContain('<div');
    expect(toMarkdown(makeArticle({ language: 'de' }))).toContain('| Deir Ezzor | de');
  });
});

describe('toMarkdown for right-to-left and CJK articles', () => {
  const ar = 'افتتحت السلطات المحلية محطة جديدة لتحلية مياه البحر.';
  const arabic = makeArticle({
    language: 'ar',
    direction: 'rtl',
    headline: 'افتتاح محطة لتحلية المياه',
    dek: null,
    images: [],
    paragraphs: [{ start: 0, end: ar.length, text: ar }],
    blocks: [],
  });

  it('wraps an Arabic article in a right-to-left block, set apart by blank lines so its Markdown is read', () => {
    const out = toMarkdown(arabic);
    const lines = out.split('\n');
    expect(lines[0]).toBe('<div dir="rtl" lang="ar">');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('# افتتاح محطة لتحلية المياه');
    expect(lines.at(-2)).toBe('</div>');
    expect(lines.at(-3)).toBe('');
    expect(lines).toContain(ar);
  });

  it('states the language of a Chinese article, so viewers pick Chinese glyphs, and keeps its direction ltr', () => {
    const zh = '市政府周二宣布，明年将在老城区新建三座社区图书馆。';
    const out = toMarkdown(
      makeArticle({ language: 'zh-CN', paragraphs: [{ start: 0, end: zh.length, text: zh }] }),
    );
    expect(out.split('\n')[0]).toBe('<div dir="ltr" lang="zh-CN">');
    expect(out).toContain(`\n${zh}\n`);
  });

  it('joins the lines of a Chinese paragraph without a space, and English ones with one', () => {
    const text = '市政府周二宣布，\n明年将新建三座图书馆。\nThe plan\nwas approved.';
    const out = toMarkdown(
      makeArticle({ language: 'zh', paragraphs: [{ start: 0, end: text.length, text }] }),
    );
    expect(out).toContain('市政府周二宣布，明年将新建三座图书馆。 The plan was approved.');
  });

  it('never writes a language tag that could break out of the attribute', () => {
    const out = toMarkdown({ ...arabic, language: 'ar" onclick="x' });
    expect(out.split('\n')[0]).toBe('<div dir="rtl">');
  });
});
