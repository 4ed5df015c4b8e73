import { describe, expect, it } from 'vitest';
import { type ElementNode, loadDom, textContent, walkElements } from './dom';
import { computeStats, dropNonContent } from './prune';

const find = (root: ElementNode, tag: string) => walkElements(root).find((el) => el.tag === tag)!;

describe('computeStats', () => {
  const { root } = loadDom(
    '<div><p>Hello,  world</p> <a href="#">Link, here</a>\n<p>東京，大阪</p><span>\u00a0x\t\ty </span></div>',
    100,
  );
  const stats = computeStats(root);

  it('counts a run of white space once, leading white space not at all, and ideographs three times', () => {
    expect(stats.get(find(root, 'p'))).toEqual({ text: 12, link: 0, para: 12, commas: 1 });
    expect(stats.get(find(root, 'span'))).toEqual({ text: 4, link: 0, para: 0, commas: 0 });
    expect(stats.get(walkElements(root).filter((el) => el.tag === 'p')[1]!)!.text).toBe(13);
  });

  it('sums children into their ancestors, link text and paragraph text apart, Latin and CJK commas alike', () => {
    expect(stats.get(find(root, 'a'))).toEqual({ text: 10, link: 10, para: 0, commas: 1 });
    expect(stats.get(find(root, 'div'))).toEqual({ text: 39, link: 10, para: 25, commas: 3 });
    expect(stats.get(root)).toEqual(stats.get(find(root, 'div')));
  });
});

describe('dropNonContent', () => {
  const prose = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i}: the pole vault champion cleared six metres on Friday in front of a full stadium, a world lead.</p>`,
    ).join('');
  const kept = (html: string) => {
    const { root } = loadDom(html, 100);
    dropNonContent(root, () => false);
    return textContent(root);
  };

  it('drops a masthead <header> without a headline', () => {
    expect(
      kept('<body><header><a href="/">Home</a> <a href="/news">News</a></header><p>Story.</p></body>'),
    ).not.toContain('Home');
  });

  it('keeps a <header> that holds the story’s paragraphs (an article’s text in its own <header>)', () => {
    const text = kept(
      `<body><article><header><h3>Europe's best athletes</h3>${prose(3)}</header></article></body>`,
    );
    expect(text).toContain('Paragraph 2');
  });

  it('drops the reading of a ruby annotation, keeping the word it annotates', () => {
    expect(kept('<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども</p>')).toBe('子ども');
  });
});
