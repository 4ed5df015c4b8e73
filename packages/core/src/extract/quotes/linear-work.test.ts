import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import type { Entity } from '../../schema/article';
import { extractEntities } from '../entities/extract-entities';
import { extractQuotes } from './extract-quotes';

/** Counts indexed reads of an array: the work a pass over tokens or mentions does. */
function counted<T>(items: T[], counter: { reads: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Token and mention reads of extractQuotes on one paragraph. */
function workOn(paragraph: string): { tokens: number; mentions: number; quotes: number } {
  const doc = annotate(readText(`A headline for the fixture\n\n${paragraph.trim()}`));
  const entities: Entity[] = extractEntities(doc);
  const tokens = { reads: 0 };
  const mentions = { reads: 0 };
  const watched = { ...doc, tokens: counted(doc.tokens, tokens) };
  const watchedEntities = entities.map((e) => ({ ...e, mentions: counted(e.mentions, mentions) }));
  const quotes = extractQuotes(watched, watchedEntities).length;
  return { tokens: tokens.reads, mentions: mentions.reads, quotes };
}

describe('extractQuotes on one long paragraph of chained reporting clauses', () => {
  it('attributes each clause of the chain', () => {
    const doc = annotate(
      readText(`A headline\n\n${'Smith said Jones told AFP that Brown said it was over. '.repeat(3)}`),
    );
    const quotes = extractQuotes(doc, extractEntities(doc));
    expect(quotes.map((q) => [q.text, q.cue?.text, q.addressee?.text ?? null])).toEqual(
      Array(3)
        .fill([
          ['Jones told AFP that Brown said it was over', 'said', null],
          ['Brown said it was over', 'told', 'AFP'],
          ['it was over', 'said', null],
        ])
        .flat(),
    );
  });

  it('expands a surname no entity holds from the speakers and names before it', () => {
    const doc = annotate(
      readText(
        'A headline\n\nZorblat said it was over. Mr Ben Zorblat said no. Kim said yes. Ali Kim said so. Zorblat said it was fine. Kim said it again.',
      ),
    );
    expect(extractQuotes(doc, []).map((q) => q.speaker?.name)).toEqual([
      'Ben Zorblat',
      'Ben Zorblat',
      'Ali Kim',
    ]);
  });

  // Linear work quadruples when the input does; a scan back or a search over all mentions per cue grows 16-fold.
  it.each([
    ['chained cues, no sentence end', (n: number) => 'Smith said Jones told AFP that Brown said '.repeat(n)],
    [
      'chained cues in sentences',
      (n: number) => 'Smith said Jones told AFP that Brown said it was over. '.repeat(n),
    ],
    ['descriptions as speakers', (n: number) => 'the monitor said the army told AFP that '.repeat(n)],
    ['cues and short quotations', (n: number) => 'Smith said "yes" and "no" and '.repeat(n)],
    // Every cue's content ends at the sentence's end, and each trimmed the same run of dashes back.
    ['cues before a run of dashes', (n: number) => `${'Jones said it '.repeat(n)}${'— '.repeat(4 * n)}`],
    // Each cue read the line's capitalised run back to its start.
    ['a Title Case line of cues', (n: number) => 'Smith Says Jones Tells Brown Claims '.repeat(n)],
  ])('%s: reads grow linearly with the input', (_, make) => {
    const small = workOn(make(40));
    const large = workOn(make(160));
    expect(large.quotes).toBeGreaterThanOrEqual(small.quotes * 3.5);
    expect(large.tokens / small.tokens).toBeLessThan(5);
    expect(large.mentions / Math.max(1, small.mentions)).toBeLessThan(5);
  });
});
