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

// Mentions found by hand, as the tagger might have: each [text, type, entity] at its first place in `text` from
// the word given (or the text's start); the spread mentions as "text/type".
function spreadFound(text: string, found: [string, Mention['type'], number, string?][]): string[] {
  const doc = annotate(readText(text));
  const placed = found.map(([name, type, entity, after]) => {
    const start = doc.body.text.indexOf(name, after ? doc.body.text.indexOf(after) : 0);
    const first = doc.tokens.findIndex((t) => t.start === start);
    const last = doc.tokens.findIndex((t) => t.end === start + name.length);
    return { mention: { start, end: start + name.length, text: name, first, last, type }, entity };
  });
  return propagateMentions(doc, placed).map((p) => `${p.mention.text}/${p.mention.type}`);
}

describe('propagateMentions, surnames and the tagger\u2019s own readings', () => {
  it('makes a surname in capitals a mention of the person the story names in full', () => {
    const text = 'MAYOR QUINTANA OPENS BRIDGE.\n\nMayor Elena Quintana opened the bridge on Friday.';
    expect(spreadFound(text, [['Elena Quintana', 'PER', 0]])).toEqual(['QUINTANA/PER', 'Elena Quintana/PER']);
  });

  it('gives a surname two people share to neither', () => {
    const text = 'QUINTANA WINS.\n\nElena Quintana beat Marco Quintana in the final.';
    expect(
      spreadFound(text, [
        ['Elena Quintana', 'PER', 0],
        ['Marco Quintana', 'PER', 1],
      ]),
    ).toEqual(['Elena Quintana/PER', 'Marco Quintana/PER']);
  });

  it('keeps the tagger\u2019s reading of a span that another entity also writes', () => {
    const text = 'NEW YORK 2024-03-12\n\nSeattle completed a sweep of New York on Sunday.';
    expect(
      spreadFound(text, [
        ['New York', 'ORG', 0, 'sweep'],
        ['NEW YORK', 'LOC', 1],
      ]),
    ).toEqual(['NEW YORK/LOC', 'New York/ORG']);
  });
});
