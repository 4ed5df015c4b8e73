import { describe, expect, it } from 'vitest';
import { seedWithFacts } from '../test/seed-article';
import { colorByQuote, groupQuotesBySpeaker, SPEAKER_COLOR_COUNT, speakerKeyOf } from './speakers';

describe('groupQuotesBySpeaker', () => {
  const { quotes } = seedWithFacts();

  it('groups quotes of the same speaker in order of first appearance', () => {
    const groups = groupQuotesBySpeaker(quotes);
    expect(groups.map((g) => [g.name, g.color, g.quotes.map((q) => q.index)])).toEqual([
      ['a military source in Deir Ezzor', 0, [0, 1]],
      ['SANA', 1, [2]],
    ]);
    expect([...colorByQuote(groups)]).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });

  it('prefers the entity id and falls back to the name, then to unattributed', () => {
    expect(speakerKeyOf(quotes[2]!)).toBe('e2');
    expect(speakerKeyOf(quotes[0]!)).toBe('name:a military source in deir ezzor');
    expect(speakerKeyOf({ ...quotes[0]!, speaker: null })).toBe('(unattributed)');
  });

  it('cycles through the palette when there are more speakers than colours', () => {
    const many = Array.from({ length: SPEAKER_COLOR_COUNT + 2 }, (_, i) => ({
      ...quotes[0]!,
      speaker: { ...quotes[0]!.speaker!, name: `Speaker ${i}` },
    }));
    expect(groupQuotesBySpeaker(many).map((g) => g.color)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
  });
});
