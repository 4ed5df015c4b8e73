import { describe, expect, it } from 'vitest';
import { readText } from './read-text';

describe('readText', () => {
  it('reads a headline, a byline, a caption with its credit and a dateline paragraph', () => {
    const body = readText(
      [
        'Flood waters reach the old town',
        'By Jane Doe',
        'Residents wade through a street on Monday. REUTERS/John Roe',
        'PRAGUE (Reuters) - The river rose two metres overnight, the city said.',
      ].join('\n\n'),
    );
    expect(body.meta.headline).toBe('Flood waters reach the old town');
    expect(body.meta.authors.map((a) => a.name)).toEqual(['Jane Doe']);
    expect(body.images).toMatchObject([
      { caption: 'Residents wade through a street on Monday.', credit: 'REUTERS/John Roe' },
    ]);
    expect(body.dateline?.text).toBe('PRAGUE (Reuters)');
    expect(body.blocks.map((b) => b.kind)).toEqual(['headline', 'caption', 'paragraph']);
  });

  it.each([
    'According to a Reuters/Ipsos poll, most voters back the plan to widen the road.',
    'A new AP/NORC survey found that few people trust the count.',
  ])('keeps a paragraph that names an agency before a slash as a paragraph: %j', (paragraph) => {
    const body = readText(['Voters back the road plan', paragraph, 'The vote is in May.'].join('\n\n'));
    expect(body.images).toEqual([]);
    expect(body.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
    expect(body.text).toContain(paragraph);
  });
});
