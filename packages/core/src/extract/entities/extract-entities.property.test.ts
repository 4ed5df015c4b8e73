import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { loneBrackets } from './cut-at-brackets';
import { extractEntities } from './extract-entities';

// Words that exercise every rule: names, titles, acronyms, brackets, possessives, hyphens, demonyms.
const WORDS = [
  'The',
  'the',
  'monitor',
  'Observatory',
  'Syrian',
  'for',
  'Human',
  'Rights',
  'UN',
  'United',
  'Nations',
  '(',
  ')',
  'IS',
  'Daesh',
  "Iran's",
  'Britain-based',
  'President',
  'Bashar',
  'al-Assad',
  'Zaatari',
  'said',
  ',',
  '.',
  '"',
  'in',
  'town',
  'of',
  'Eastern',
  'Ghouta',
  'U.S.',
  'P.',
  'Smith',
  'and',
  '\n\n',
  'Well',
  'R-TX',
];

describe('extractEntities on arbitrary text', () => {
  it('never throws and keeps every span exact', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 200 }),
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (input) => {
        fc.pre(input.trim().length > 0);
        const doc = annotate(readText(input));
        const ids = new Set<string>();
        for (const e of extractEntities(doc)) {
          expect(ids.has(e.id)).toBe(false);
          ids.add(e.id);
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(doc.body.text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never gives a name or a mention a bracket it does not close', () => {
    const words = fc.array(fc.constantFrom(...WORDS, 'LCI', 'Life', 'Cycle', 'Impulse', '[', ']'), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(words, (list) => {
        const doc = annotate(readText(list.join(' ')));
        for (const e of extractEntities(doc))
          for (const text of [e.name, ...e.mentions.map((m) => m.text)]) {
            const chars = [...text];
            expect(loneBrackets((i) => chars[i]!, 0, chars.length - 1)).toEqual([]);
          }
      }),
      { numRuns: 300 },
    );
  });
});
