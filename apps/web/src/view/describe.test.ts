import type { Casualty } from '@copydesk/core';
import { describe, expect, it } from 'vitest';
import { seedWithFacts } from '../test/seed-article';
import { describeMarks, formatCasualty, indexFacts } from './describe';
import { buildMarks } from './marks';

describe('describeMarks', () => {
  const article = seedWithFacts();
  const facts = indexFacts(article);
  const marks = buildMarks(article);

  it('describes a quote with its speaker, cue and type', () => {
    const quote = marks.filter((m) => m.group === 'q2');
    expect(describeMarks(quote, facts, () => true)).toEqual([
      {
        title: 'Quote',
        rows: [
          ['Speaker', 'SANA'],
          ['Cue', 'saying'],
          ['Type', 'mixed'],
        ],
      },
    ]);
  });

  it('describes an entity with its aliases and mention count, and a date with its value', () => {
    const picked = marks.filter((m) => m.key === 'e2:0' || m.key === 'd0');
    expect(describeMarks(picked, facts, () => true).map((d) => [d.title, d.rows[0], d.rows.at(-1)])).toEqual([
      ['Organisation', ['Name', 'SANA'], ['Mentions', '1']],
      ['Date', ['Resolved', '2017-11-19'], ['Relative', 'yes, to the reference date']],
    ]);
  });

  it('leaves out hidden layers', () => {
    const picked = marks.filter((m) => m.group === 'q2' || m.group === 'e2');
    expect(describeMarks(picked, facts, (m) => m.layer !== 'quote').map((d) => d.title)).toEqual([
      'Organisation',
    ]);
  });
});

describe('formatCasualty', () => {
  const base: Casualty = {
    kind: 'killed',
    count: 22,
    qualifier: 'at_least',
    vague: null,
    who: null,
    span: { start: 0, end: 0, text: '' },
  };
  it.each([
    [base, 'at least 22 killed'],
    [{ ...base, qualifier: 'exact' as const, count: 1500, kind: 'wounded' as const }, '1,500 wounded'],
    [{ ...base, count: null, qualifier: null, vague: 'dozens' }, 'dozens killed'],
  ])('%#: %s', (casualty, expected) => {
    expect(formatCasualty(casualty)).toBe(expected);
  });
});
