import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import type { Mention } from './mention';
import { propagateMentions } from './propagate-mentions';

// The text with its first "Harbour" found as an organisation, as the tagger might; the spread mentions' texts.
function spread(text: string): string[] {
  const doc = annotate(readText(text));
  const first = doc.tokens.findIndex((t) => t.text === 'Harbour');
  const t = doc.tokens[first]!;
  const mention: Mention = { start: t.start, end: t.end, text: t.text, first, last: first, type: 'ORG' };
  return propagateMentions(doc, [{ mention, entity: 0 }]).map((p) => p.mention.text);
}

describe('propagateMentions', () => {
  it('spreads a name the tagger found once to the other places the text writes it', () => {
    expect(spread('Harbour said on Monday it would close.\n\nShares in Harbour fell.')).toEqual([
      'Harbour',
      'Harbour',
    ]);
  });

  // A venue listing heads each entry with the same word: the tagger passed it over five times and found it once.
  it('leaves a form alone that the tagger passed over many times for each time it found it', () => {
    const listing = Array.from({ length: 5 }, (_, k) => `Harbour.\n\nOpen from ${k + 9} am.`).join('\n\n');
    expect(spread(`The Harbour gallery shows prints.\n\n${listing}`)).toEqual(['Harbour']);
  });
});
