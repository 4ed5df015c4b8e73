import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../languages';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { cutAtBrackets, loneBrackets } from './cut-at-brackets';
import type { Mention } from './mention';
import { repairMentions } from './repair-mentions';

// A run as the tagger might give it, from the token `from` to the token `to` (their first occurrences).
function run(text: string, from: string, to: string, type: Mention['type'] = 'ORG') {
  const doc = annotate(readText(text), ENGLISH);
  const first = doc.tokens.findIndex((t) => t.text === from);
  const last = doc.tokens.findIndex((t, i) => i >= first && t.text === to);
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { doc, mention: { start, end, text: doc.body.text.slice(start, end), first, last, type } };
}

describe('loneBrackets', () => {
  const at = (tokens: string[]) => loneBrackets((i) => tokens[i]!, 0, tokens.length - 1);
  it('finds the brackets a run opens or closes but not both', () => {
    expect(at(['LCI', '(', 'Life', 'Cycle'])).toEqual([1]);
    expect(at(['Cycle', ')', 'BMW'])).toEqual([1]);
    expect(at(['Buducnost', '(', 'P', ')'])).toEqual([]);
    expect(at(['A', '(', 'B', ']'])).toEqual([1, 3]);
  });
});

describe('cutAtBrackets', () => {
  it('cuts a run at a bracket it does not close, each side a name', () => {
    const { doc, mention } = run('LCI (Life Cycle Impulse) is what BMW calls it.', 'LCI', 'Impulse');
    const pieces = cutAtBrackets(doc, mention);
    expect(pieces.map((m) => m.text)).toEqual(['LCI', 'Life Cycle Impulse']);
    expect(pieces.map((m) => m.type)).toEqual(['ORG', 'ORG']);
    expect(pieces[1]!.guessed).toBe(true);
  });

  it('drops a side that holds no letter', () => {
    const { doc, mention } = run('The Active Tourer (2022) comes in the autumn.', 'Active', '2022');
    expect(cutAtBrackets(doc, mention).map((m) => m.text)).toEqual(['Active Tourer']);
  });

  it('leaves a name that closes its bracket whole', () => {
    const { doc, mention } = run('Dadabhoy Investment (Pvt) Ltd bought the shares.', 'Dadabhoy', 'Ltd');
    expect(cutAtBrackets(doc, mention)).toEqual([mention]);
  });
});

describe('repairMentions keeps a closing bracket the name opened', () => {
  it('does not trim it as trailing punctuation', () => {
    const { doc, mention } = run('They beat Buducnost (P) on Sunday.', 'Buducnost', ')');
    expect(repairMentions(doc, [mention]).map((m) => m.text)).toEqual(['Buducnost (P)']);
  });
});
