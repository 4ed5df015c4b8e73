import { describe, expect, it } from 'vitest';
import { hasNerModel, loadNerLanguage, NER_LANGUAGES, nerTaggerFor } from './languages';
import { NER_FEATURES } from './lexicon';
import { tagSentences } from './tag-sentences';
import { USAGE_NAME_SHIFT } from './word-usage';

// Sentences written for this test, in wire style.
const named = (code: string, sentence: string) => {
  const tagger = nerTaggerFor(code)!;
  const words = sentence.split(' ');
  return tagSentences([words], tagger.model(), tagger.lexicon)[0]!.map(
    (s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`,
  );
};

describe('entity models per language', () => {
  it('has English loaded from the start and the other languages only once loaded', async () => {
    expect(nerTaggerFor('en')).not.toBeNull();
    expect(nerTaggerFor('nl')).toBeNull();
    expect(hasNerModel('nl')).toBe(true);
    const loading = loadNerLanguage('nl');
    // One load per language, however many callers ask for it at once.
    expect(loadNerLanguage('nl')).toBe(loading);
    await loading;
    expect(nerTaggerFor('nl')?.code).toBe('nl');
    expect(nerTaggerFor('nl')?.lexicon).not.toBe(nerTaggerFor('en')?.lexicon);
  });

  it('gives German, Spanish and Dutch word usage tables their taggers read, and French none', async () => {
    await Promise.all(['de', 'es', 'nl', 'fr'].map(loadNerLanguage));
    // A common noun of each language's text, and a word no corpus writes.
    for (const [code, noun] of [
      ['de', 'regierung'],
      ['es', 'gobierno'],
      ['nl', 'regering'],
    ] as const) {
      const lexicon = nerTaggerFor(code)!.lexicon;
      expect(lexicon.usageOf(noun)).toBeGreaterThan(0);
      expect(lexicon.usageOf('qxzvorbl')).toBe(0);
      expect(lexicon.features & NER_FEATURES.wordUsage).toBe(NER_FEATURES.wordUsage);
    }
    // A name other languages' labelled sets hold is classed as one for Spanish, whose own sets never count.
    expect(nerTaggerFor('es')!.lexicon.usageOf('schröder') >>> USAGE_NAME_SHIFT).toBeGreaterThan(0);
    expect(nerTaggerFor('fr')!.lexicon.usageOf('gouvernement')).toBe(0);
  });

  it('resolves at once for a language without a model, and has none for it', async () => {
    await loadNerLanguage('pl');
    expect(hasNerModel('pl')).toBe(false);
    expect(nerTaggerFor('pl')).toBeNull();
    expect(NER_LANGUAGES).toEqual(expect.arrayContaining(['en', 'de', 'es', 'fr', 'it', 'nl', 'pt']));
  });

  it.each([
    [
      'es',
      'El presidente del Gobierno , Pedro Sánchez , viajó ayer a Lisboa .',
      ['PER:Pedro Sánchez', 'LOC:Lisboa'],
    ],
    [
      'nl',
      'Premier Mark Rutte sprak dinsdag in Brussel met de Europese Commissie .',
      ['PER:Mark Rutte', 'LOC:Brussel'],
    ],
    [
      'de',
      'Am Montag reiste Olaf Scholz nach Paris , wo er Emmanuel Macron traf .',
      ['PER:Olaf Scholz', 'LOC:Paris'],
    ],
    [
      'fr',
      'Le président Emmanuel Macron a reçu lundi à Paris le chancelier allemand .',
      ['PER:Emmanuel Macron', 'LOC:Paris'],
    ],
    ['pt', 'O presidente Luiz Inácio Lula da Silva chegou ontem a Lisboa .', ['LOC:Lisboa']],
    ['it', 'Il presidente Sergio Mattarella ha incontrato ieri a Roma il premier spagnolo .', ['LOC:Roma']],
  ])('the %s model finds names in its language', async (code, sentence, expected) => {
    await loadNerLanguage(code);
    expect(named(code, sentence)).toEqual(expect.arrayContaining(expected));
  });
});
