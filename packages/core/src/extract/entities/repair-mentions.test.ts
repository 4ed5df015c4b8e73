import { describe, expect, it } from 'vitest';
import { ES } from '../../languages/es';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import type { Mention } from './mention';
import { repairMentions } from './repair-mentions';

// A run as the tagger might give it, from the token that starts with `from` to the one that ends with `to`.
function run(text: string, from: string, to: string, type: Mention['type']) {
  const doc = annotate(readText(text), ES);
  const first = doc.tokens.findIndex((t) => t.text === from);
  const last = doc.tokens.findIndex((t) => t.text === to);
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { doc, mention: { start, end, text: doc.body.text.slice(start, end), first, last, type } };
}

describe('repairMentions: cut at verbs', () => {
  // The packs keep their name joiners out of notNames so that "Río de Janeiro" stays whole; a cut must still
  // not leave a sentence's capitalised article behind as a name of its own.
  it('drops a lone capitalised joiner left in front of a cut', () => {
    // "vino" is a verb form ("came") as well as a noun ("wine"): the cut leaves "El" on its own.
    const { doc, mention } = run('El vino de La Rioja sube de precio.', 'El', 'Rioja', 'ORG');
    const texts = repairMentions(doc, [mention]).map((m) => m.text);
    expect(texts).not.toContain('El');
    expect(texts).toContain('La Rioja');
  });

  it('keeps a joiner inside a name', () => {
    const { doc, mention } = run('Viajó a Río de Janeiro en mayo.', 'Río', 'Janeiro', 'LOC');
    expect(repairMentions(doc, [mention]).map((m) => m.text)).toEqual(['Río de Janeiro']);
  });
});
