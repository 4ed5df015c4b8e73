import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { findCues } from './cues';
import { makeDocView } from './doc-view';

function cuesOf(sentence: string): string[] {
  const view = makeDocView(annotate(readText(`A headline for the fixture\n\n${sentence}`)));
  return findCues(view).map((c) => `${c.lemma}:${c.kind}`);
}

describe('findCues', () => {
  it.each([
    ['The army said it won.', ['say:say']],
    ['He told AFP the town fell.', ['tell:say']],
    ['The vote was delayed, according to officials.', ['according to:according']],
    ['The envoy called on all sides to stop.', ['call:object']],
    ['She pointed out that it rained.', ['point:clause']],
    ['He spoke, adding that it was over.', ['add:say']],
    ['Regime strikes claimed more lives.', ['claim:clause']],
    ['He was told to leave.', []],
    ['There were phone calls and news reports.', []],
    ['The so-called zones remain.', []],
    ['He won Ohio, adding to his victories.', []],
    ['It was a promising start.', []],
    ['Turnout at the depot continued to be low.', []],
    ['She continues to renew her pass every May.', []],
    ['She continued to assure them that it was safe.', ['continue:clause']],
  ])('%s', (sentence, expected) => {
    expect(cuesOf(sentence)).toEqual(expected);
  });
});
