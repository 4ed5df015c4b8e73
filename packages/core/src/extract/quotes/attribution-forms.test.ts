import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { extractEntities } from '../entities/extract-entities';
import { extractQuotes } from './extract-quotes';

function quotesOf(text: string) {
  const doc = annotate(readText(text));
  return extractQuotes(doc, extractEntities(doc)).map((q) => ({
    text: q.text,
    speaker: q.speaker?.name ?? null,
    cue: q.cue?.text ?? null,
  }));
}

// Each row failed before: no quote at all, or the wrong content.
const rows: [string, string, { text: string; speaker: string; cue: string }][] = [
  [
    'a participle after a comma inside the closing mark',
    'Donald Trump praised "New York values," saying the city embodied the courage of the country.',
    { text: 'the city embodied the courage of the country', speaker: 'Donald Trump', cue: 'saying' },
  ],
  [
    'content before the cue when only a place phrase follows it',
    'The plan is reckless, Hollande said Tuesday in Paris, noting the cost.',
    { text: 'The plan is reckless', speaker: 'Hollande', cue: 'said' },
  ],
  [
    'a name before a dashed apposition',
    'Jason Sims — a teacher from Mount Pleasant — says he made a late decision to vote for Rubio.',
    { text: 'he made a late decision to vote for Rubio', speaker: 'Jason Sims', cue: 'says' },
  ],
  [
    'a second verb after ", then"',
    'Kasich offered the man a job as Secretary of Defense, then says he will welcome advice from anyone.',
    { text: 'he will welcome advice from anyone', speaker: 'Kasich', cue: 'says' },
  ],
];

describe('attribution forms', () => {
  it.each(rows)('%s', (_, text, expected) => {
    expect(quotesOf(text)).toContainEqual(expected);
  });
});
