import { describe, expect, it } from 'vitest';
import { storyPackFor } from '../../languages';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { buildEntities } from './build-entities';
import type { Mention } from './mention';

/** One entity whose mentions are the occurrences of `forms` in the text, typed as the tagger typed them. */
function oneEntity(text: string, forms: [string, Mention['type']][]) {
  const doc = annotate(readText(text), storyPackFor('en')!);
  const mentions: Mention[] = [];
  for (const [form, type] of forms) {
    const words = form.split(' ');
    doc.tokens.forEach((t, i) => {
      if (!words.every((w, k) => doc.tokens[i + k]?.text === w)) return;
      const last = i + words.length - 1;
      if (mentions.some((m) => m.first <= last && i <= m.last)) return;
      mentions.push({ start: t.start, end: doc.tokens[last]!.end, text: form, first: i, last, type });
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  return buildEntities(
    doc,
    mentions.map((mention) => ({ mention, entity: 0 })),
  );
}

type Case = [string, string, [string, Mention['type']][], string];

describe('buildEntities: the type of a merged entity', () => {
  it.each<Case>([
    [
      'a senator whose surname the tagger typed an organisation more often than her full name a person',
      'Amy Klobuchar leads. The paper backed Klobuchar. Klobuchar and Warren gain. Klobuchar is fifth.',
      [
        ['Amy Klobuchar', 'PER'],
        ['Klobuchar', 'ORG'],
      ],
      'person',
    ],
    [
      "a founder whose surname is also a city's name",
      'Dianne Austin founded it. Austin said so. Austin smiled. Austin left.',
      [
        ['Dianne Austin', 'PER'],
        ['Austin', 'LOC'],
      ],
      'person',
    ],
  ])('%s', (_, text, forms, type) => {
    expect(oneEntity(text, forms).map((e) => e.type)).toEqual([type]);
  });

  it('still lets the majority type an entity whose long name opens with no given name', () => {
    // "Bayern" is no given name, so a person's type on "Bayern Munich" says nothing of the place "Munich".
    const entities = oneEntity('Bayern Munich won. Munich cheered. Munich slept. Munich woke.', [
      ['Bayern Munich', 'PER'],
      ['Munich', 'LOC'],
    ]);
    expect(entities.map((e) => e.type)).toEqual(['location']);
  });
});
