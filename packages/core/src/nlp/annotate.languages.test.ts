import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../test/annotate-sentence';
import { DE } from '../languages/de';
import { ES } from '../languages/es';
import { FR } from '../languages/fr';
import { IT } from '../languages/it';
import { NL } from '../languages/nl';
import { PT } from '../languages/pt';
import type { StoryPack } from '../languages/types';

const PACKS: Record<string, StoryPack> = { de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };

// Each pack's abbreviations keep a sentence whole; the German ordinal "12." before a month too. The last row of
// each language checks that a full stop after an ordinary word still ends a sentence.
describe('sentence splitting with each pack’s abbreviations', () => {
  it.each([
    ['de', 'Dr. Meier kam z. B. mit dem Zug.', 1],
    ['de', 'Es gibt bzw. gab ca. 20 Fälle.', 1],
    ['de', 'Am 12. März 2024 begann der Prozess.', 1],
    ['de', 'Er wurde 12. Das war spät.', 2],
    ['fr', 'M. Macron a reçu MM. Dupont et Durand.', 1],
    ['fr', 'Le Dr. Martin arrive. Il parle.', 2],
    ['es', 'El Sr. García y la Sra. López llegaron.', 1],
    ['es', 'La Dra. Ruiz habló. Luego se fue.', 2],
    ['it', 'Il dott. Rossi e il sig. Bianchi sono arrivati.', 1],
    ['it', 'Il prof. Verdi parla. Poi esce.', 2],
    ['pt', 'O Sr. Silva e a Sra. Costa chegaram.', 1],
    ['pt', 'A Dra. Lima falou. Depois saiu.', 2],
    ['nl', 'Advocaat mr. De Vries sprak met dhr. Jansen.', 1],
    ['nl', 'Mevr. Bakker kwam bijv. te laat. Daarna ging ze.', 2],
  ] as const)('%s: %j has %i sentence(s)', (code, text, count) => {
    expect(annotateSentence(text, PACKS[code]).sentences).toHaveLength(count);
  });
});

// An elided article stands apart from the word it leans on, so a name behind it is a token of its own; English
// keeps an apostrophe inside a name.
describe('elided words', () => {
  it.each([
    ['fr', "Le secrétaire général de l'ONU parle.", "l'", 'ONU'],
    ['fr', "Il a dit qu'elle viendrait d'Israël.", "qu'", 'elle'],
    ['it', "Il presidente dell'Unione europea.", "dell'", 'Unione'],
    ['it', "Lo ha detto all'ANSA.", "all'", 'ANSA'],
  ] as const)('%s: %j splits %j from %j', (code, text, elided, word) => {
    const tokens = annotateSentence(text, PACKS[code]).tokens.map((t) => t.text);
    expect(tokens[tokens.indexOf(elided) + 1]).toBe(word);
  });

  it('keeps an apostrophe inside an English name, and a French word that is no elision', () => {
    expect(annotateSentence("Dan O'Brien said so.").tokens.map((t) => t.text)).toContain("O'Brien");
    expect(
      annotateSentence("Il est allé à Saint-Jean-d'Acre aujourd'hui.", FR).tokens.map((t) => t.text),
    ).toContain("aujourd'hui");
  });
});
