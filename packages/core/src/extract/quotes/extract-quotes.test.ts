import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { parseArticle } from '../../parse';
import { readText } from '../../read/text/read-text';
import type { Entity, Quote } from '../../schema/article';
import { extractQuotes } from './extract-quotes';

/** Parses paragraphs (blank-line separated) under a headline and extracts their quotes. */
function quotesOf(paragraphs: string, entities: Entity[] = []): { text: string; quotes: Quote[] } {
  const doc = annotate(readText(`A headline for the fixture\n\n${paragraphs}`));
  return { text: doc.body.text, quotes: extractQuotes(doc, entities) };
}

type Row = [string, string, Quote['type'], string, string | null, string | null];

describe('extractQuotes', () => {
  // [family, paragraphs, type, quote starts with, speaker name, cue]
  const rows: Row[] = [
    [
      'direct, attribution after',
      '"We will win the war," Smith said.',
      'direct',
      'We will win',
      'Smith',
      'said',
    ],
    [
      'direct, inverted cue',
      '"We will win the war," said John Smith.',
      'direct',
      'We will win',
      'John Smith',
      'said',
    ],
    [
      'direct, colon before',
      'John Smith said: "We will win the war."',
      'direct',
      'We will win',
      'John Smith',
      'said',
    ],
    [
      'direct, doubled apostrophes',
      "''Nobody expected this,'' said Mr. Hedge, the director.",
      'direct',
      'Nobody expected',
      'Hedge',
      'said',
    ],
    [
      'direct, nested single quotes',
      '"He told me \'never again\' and left," the mayor said.',
      'direct',
      "He told me 'never again'",
      'the mayor',
      'said',
    ],
    [
      'mixed, called',
      'Lavrov called the meeting "very productive".',
      'mixed',
      'very productive',
      'Lavrov',
      'called',
    ],
    [
      'mixed, inside reported speech',
      'The agency reported the advance, saying the "army eliminated the last pocket".',
      'mixed',
      'army eliminated',
      'The agency',
      'saying',
    ],
    [
      'indirect, X said (that)',
      'The army said it had taken full control of the town.',
      'indirect',
      'it had taken',
      'The army',
      'said',
    ],
    [
      'indirect, content then X said',
      'Shelling killed eight civilians, the Observatory said.',
      'indirect',
      'Shelling killed',
      'Observatory',
      'said',
    ],
    [
      'indirect, adding that',
      '"It is over," Jane Doe said, adding that the fighting had stopped.',
      'indirect',
      'the fighting had stopped',
      'Jane Doe',
      'adding',
    ],
    [
      'indirect, according to',
      'The vote was delayed, according to party officials.',
      'indirect',
      'The vote was delayed',
      'party officials',
      'according to',
    ],
    [
      'indirect, told Y that',
      'Ann Lee told reporters that the plan was dead.',
      'indirect',
      'the plan was dead',
      'Ann Lee',
      'told',
    ],
    [
      'indirect, confirmed on a day',
      'The ministry confirmed on Sunday that troops had left.',
      'indirect',
      'troops had left',
      'The ministry',
      'confirmed',
    ],
    [
      'indirect, announced',
      'The company announced it would close the plant.',
      'indirect',
      'it would close',
      'The company',
      'announced',
    ],
    [
      'indirect, urged',
      'The United Nations urged all sides to spare civilians.',
      'indirect',
      'all sides to spare',
      'United Nations',
      'urged',
    ],
    [
      'indirect, warned',
      'Police warned that the roads would stay closed.',
      'indirect',
      'the roads would stay closed',
      'Police',
      'warned',
    ],
    [
      'indirect, denied',
      'The governor denied that he had known about the deal.',
      'indirect',
      'he had known',
      'The governor',
      'denied',
    ],
    [
      'mixed, called on',
      'The envoy, Ali al-Zaatari, called on "all sides to avoid civilians".',
      'mixed',
      'all sides',
      'Ali al-Zaatari',
      'called on',
    ],
    [
      'indirect, speaker with a relative clause',
      'The Syrian Observatory for Human Rights, which has sources across Syria, said the town had fallen.',
      'indirect',
      'the town had fallen',
      'Syrian Observatory for Human Rights',
      'said',
    ],
    [
      'indirect, parenthetical attribution',
      'In his state, Christie said, first-time offenders are sent to treatment.',
      'indirect',
      'first-time offenders',
      'Christie',
      'said',
    ],
    [
      'indirect, relative pronoun speaker',
      'Barkley, who said he typically votes Democratic, likes Kasich.',
      'indirect',
      'he typically votes',
      'Barkley',
      'said',
    ],
    [
      'indirect, participle after its speaker',
      'The poll came out with 62 percent of voters saying race relations are worse.',
      'indirect',
      'race relations',
      '62 percent of voters',
      'saying',
    ],
    [
      'indirect, a time adjunct between speaker and cue',
      'Former President Donald Trump on Friday said the election was stolen from him.',
      'indirect',
      'the election',
      'Donald Trump',
      'said',
    ],
    [
      'indirect, the ministry last week said',
      'The ministry last week said the border would stay closed until the spring.',
      'indirect',
      'the border',
      'The ministry',
      'said',
    ],
    [
      'indirect, a conjunction opening the sentence is no part of the speaker',
      'But he said the plan would not work without more money from the state.',
      'indirect',
      'the plan',
      'he',
      'said',
    ],
    [
      'indirect, unnamed asker',
      'Asked why he trailed among black voters, the senator blamed the calendar.',
      'indirect',
      'why he trailed',
      null,
      'Asked',
    ],
  ];

  it.each(rows)('%s', (_, paragraphs, type, startsWith, speaker, cue) => {
    const { quotes } = quotesOf(paragraphs);
    const quote = quotes.find((q) => q.type === type && q.text.startsWith(startsWith));
    expect(quote, JSON.stringify(quotes.map((q) => [q.type, q.text]))).toBeDefined();
    expect(quote!.speaker?.name ?? null).toBe(speaker);
    expect(quote!.cue?.text ?? null).toBe(cue);
  });

  // [case, paragraphs, text no quote may start with]
  it.each([
    ['a scare quote', 'The talks call for so-called "de-escalation" zones in key areas.', 'de-escalation'],
    [
      'a modifier in quotation marks',
      'Officials said the "safe" zones would be extended next month.',
      'safe',
    ],
    ['a film title', 'He watched the film "Star Wars" with his son on Sunday.', 'Star Wars'],
    ['a noun object of a claim', 'Regime strikes claimed more lives in the enclave.', 'more lives'],
    ['a passive cue', 'More than 300,000 people are estimated to have been killed.', 'to have been'],
    ['an arithmetic "adding"', 'He won Ohio, adding to his victories in the South.', 'to his victories'],
  ])('rejects %s', (_, paragraphs, forbidden) => {
    const { quotes } = quotesOf(paragraphs);
    expect(quotes.filter((q) => q.text.startsWith(forbidden))).toEqual([]);
  });

  it('splits a quote around its attribution and keeps the speaker for the second part', () => {
    const { quotes } = quotesOf('"We will win," Smith said. "They will lose, and they know it."');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We will win', 'Smith'],
      ['They will lose, and they know it.', 'Smith'],
    ]);
  });

  it('carries a quote over paragraphs to the attribution in its last paragraph', () => {
    const { quotes } = quotesOf(
      '"We shall fight on the beaches, we shall fight on the landing grounds.\n\n"We shall never surrender," Churchill said.',
    );
    expect(quotes.map((q) => [q.type, q.speaker?.name])).toEqual([
      ['direct', 'Churchill'],
      ['direct', 'Churchill'],
    ]);
  });

  it('keeps the speaker for an unattributed quote continuing the previous paragraph', () => {
    const { quotes } = quotesOf(
      '"The town is ours," said General Ahmed Saleh.\n\n"The last fighters left at dawn and the roads are open again."',
    );
    expect(quotes[1]).toMatchObject({
      type: 'direct',
      speaker: { name: 'Ahmed Saleh', text: 'General Ahmed Saleh' },
    });
    expect(quotes[1]!.cue).toBeNull();
  });

  it.each([
    [
      'a pronoun to the last person',
      'Observatory head Rami Abdel Rahman spoke first.\n\n"The fighting is over," Observatory head Rami Abdel Rahman told AFP. "There are clashes," he said.',
      'There are clashes',
      'he',
      'Rami Abdel Rahman',
    ],
    [
      'a surname to the full name',
      'The coordinator, Ali al-Zaatari, called on "all sides to stop".\n\n"Civilians are dying," Zaatari said.',
      'Civilians are dying',
      'Zaatari',
      'Ali al-Zaatari',
    ],
    [
      '"the monitor" to the last organisation',
      'The Syrian Observatory for Human Rights confirmed that the town had fallen.\n\nThe monitor said more than 80 fighters were killed.',
      'more than 80',
      'The monitor',
      'Syrian Observatory for Human Rights',
    ],
    [
      '"the army" to its named form',
      "Syria's army took the town.\n\nThe army said it had taken full control.",
      'it had taken',
      'The army',
      "Syria's army",
    ],
  ])('resolves %s without entities', (_, paragraphs, startsWith, text, name) => {
    const { quotes } = quotesOf(paragraphs);
    const quote = quotes.find((q) => q.text.startsWith(startsWith));
    expect(quote?.speaker).toMatchObject({ text, name, entityId: null });
  });

  it('resolves speakers and addressees to the entities given', () => {
    const paragraphs =
      '"Civilians are dying," Zaatari told AFP.\n\nThe monitor said eight people were killed.';
    const { text } = quotesOf(paragraphs);
    const at = (s: string) => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s };
    };
    const entities: Entity[] = [
      {
        id: 'e1',
        type: 'person',
        name: 'Ali al-Zaatari',
        aliases: ['Zaatari'],
        roles: [],
        mentions: [at('Zaatari')],
      },
      { id: 'e2', type: 'organization', name: 'AFP', aliases: [], roles: [], mentions: [at('AFP')] },
      {
        id: 'e3',
        type: 'organization',
        name: 'Syrian Observatory for Human Rights',
        aliases: ['the monitor'],
        roles: [],
        mentions: [],
      },
    ];
    const { quotes } = quotesOf(paragraphs, entities);
    expect(quotes[0]).toMatchObject({
      speaker: { name: 'Ali al-Zaatari', entityId: 'e1' },
      addressee: { text: 'AFP', entityId: 'e2' },
    });
    expect(quotes[1]!.speaker).toMatchObject({ name: 'Syrian Observatory for Human Rights', entityId: 'e3' });
  });

  it('finds nothing in text without speech', () => {
    expect(quotesOf('The river rose overnight. Roads were closed.').quotes).toEqual([]);
  });
});

describe('extractQuotes: names for short references', () => {
  // A section title in title case is a run of capitals, not a name a one-word speaker can stand for.
  it('never expands a speaker into a heading written in title case', () => {
    const html = `<html><body><article><h1>Teaching a Dog to Wait</h1>
      <p>Most dogs learn to wait within a week, trainers say.</p>
      <h2>When Should You Start Training</h2>
      <p>Start by having your dog sit, then say "stay" and step back.</p></article></body></html>`;
    const names = parseArticle({ html }).quotes.map((q) => q.speaker?.name);
    expect(names).not.toContain('When Should You Start Training');
  });
});

describe('a show told, in quotation marks', () => {
  it('is the addressee, with the role and name after it, not a quotation', () => {
    const { quotes } = quotesOf(
      'Bernice Scott told "CBS This Morning" co-host Gayle King, "Because if you do not do right by the people, you have to reckon with us."',
    );
    expect(quotes.map((q) => [q.type, q.text.slice(0, 12), q.addressee?.text])).toEqual([
      ['direct', 'Because if y', '"CBS This Morning" co-host Gayle King'],
    ]);
  });

  it('leaves the content after "that" as what was told', () => {
    const { quotes } = quotesOf('Bernice Scott told "Fox News Sunday" that she would vote for Biden.');
    expect(quotes.map((q) => [q.type, q.text])).toEqual([['indirect', 'she would vote for Biden']]);
  });

  it('keeps a quotation in Title Case after a colon as speech', () => {
    const { quotes } = quotesOf('Trump told reporters: "We Will Win."');
    expect(quotes.map((q) => [q.type, q.text])).toEqual([['direct', 'We Will Win.']]);
  });
});
