import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { makeDocView } from './doc-view';
import { findQuotedSegments } from './quote-marks';

function segmentsOf(paragraphs: string) {
  const doc = annotate(readText(`A headline for the fixture\n\n${paragraphs}`));
  const view = makeDocView(doc);
  return findQuotedSegments(view, doc.body.blocks).map((s) => ({
    text: view.text.slice(s.start, s.end),
    closed: s.close >= 0,
    continues: s.continues,
  }));
}

describe('findQuotedSegments', () => {
  it.each([
    ['one quotation', 'He said "we won" today.', [['we won', true, false]]],
    ['a trailing comma dropped', '"We won," he said.', [['We won', true, false]]],
    [
      'two quotations',
      '"One," he said. "Two."',
      [
        ['One', true, false],
        ['Two.', true, false],
      ],
    ],
    [
      'nested singles kept inside',
      '"He said \'no\' twice," she said.',
      [["He said 'no' twice", true, false]],
    ],
    ['doubled apostrophes', "''It is done,'' he said.", [['It is done', true, false]]],
    [
      'nested doubles kept inside',
      '"Read it: "Vote now." Then leave," he said.',
      [['Read it: "Vote now." Then leave', true, false]],
    ],
    [
      'a quote over two paragraphs',
      '"First part runs on.\n\n"Second part ends," he said.',
      [
        ['First part runs on.', false, false],
        ['Second part ends', true, true],
      ],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(segmentsOf(paragraphs).map((s) => [s.text, s.closed, s.continues])).toEqual(expected);
  });
});
