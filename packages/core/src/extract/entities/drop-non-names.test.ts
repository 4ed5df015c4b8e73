import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { dropNonNames } from './drop-non-names';
import type { Mention } from './mention';

/** The mentions of `words` in `text` (each a run of whole tokens) that dropNonNames keeps. */
function kept(text: string, words: string[]): string[] {
  const doc = annotate(readText(text));
  const mentions: Mention[] = words.map((w) => {
    const start = doc.body.text.indexOf(w);
    const first = doc.tokens.findIndex((t) => t.start === start);
    const last = doc.tokens.findIndex((t) => t.end === start + w.length);
    return { start, end: start + w.length, text: w, first, last, type: 'ORG' };
  });
  return dropNonNames(doc, mentions).map((m) => m.text);
}

describe('dropNonNames', () => {
  it.each([
    [
      "I've played the game twice. We're told the IT desk at Acme Corp liked it.",
      ["I've", "We're", 'IT', 'Acme Corp'],
      ['IT', 'Acme Corp'],
    ],
    [
      'Le contrôle de cette dépense sera confié à la Commission nationale des comptes.',
      ['Le contrôle de cette', 'Commission nationale des comptes'],
      ['Commission nationale des comptes'],
    ],
  ])('in %j keeps only the names', (text, words, names) => {
    expect(kept(text, words)).toEqual(names);
  });
});
