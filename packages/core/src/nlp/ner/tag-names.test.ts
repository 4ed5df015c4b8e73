import { beforeAll, describe, expect, it } from 'vitest';
import { storyPackFor } from '../../languages';
import { readText } from '../../read/text/read-text';
import { annotate } from '../annotate';
import { loadNerLanguage } from './languages';
import { tagNames } from './tag-names';

// The tagger's words of each sentence, as tagNames joins copydesk's tokens into CoNLL's words.
const taggerWords = (text: string, language: string) => {
  const doc = annotate(readText(text), storyPackFor(language)!);
  return tagNames(doc.tokens, doc.sentences.length, language).map((s) => s.words.map((w) => w.text));
};

describe('tagNames words', () => {
  beforeAll(() => loadNerLanguage('es'));

  it('joins initials and their periods into one word', () => {
    expect(taggerWords('The U.S. envoy met P. Simmons on Monday.', 'en')[0]).toEqual([
      'The',
      'U.S.',
      'envoy',
      'met',
      'P.',
      'Simmons',
      'on',
      'Monday',
      '.',
    ]);
  });

  it('joins Spanish plural abbreviations, each letter doubled, with their period', () => {
    const [words] = taggerWords(
      'El Gobierno de EE.UU. y las FF.AA. firmaron un acuerdo con CC.OO. ayer.',
      'es',
    );
    expect(words).toEqual(expect.arrayContaining(['EE.UU.', 'FF.AA.', 'CC.OO.']));
    expect(words).not.toContain('EE.UU');
  });

  it('leaves a word of mixed letters and the period that ends a sentence apart', () => {
    const [first] = taggerWords('Lo dijo el AB.CD. Luego se fue.', 'es');
    expect(first).toEqual(expect.arrayContaining(['AB.CD', '.']));
  });
});
