import { describe, expect, it } from 'vitest';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { extractEntities } from '../entities/extract-entities';
import { extractQuotes } from './extract-quotes';

/** Each quote as [its first words, its speaker's name or null], entities found as parseArticle finds them. */
function speakersOf(paragraphs: string): [string, string | null][] {
  const doc = annotate(readText(`A headline for the fixture\n\n${paragraphs}`));
  return extractQuotes(doc, extractEntities(doc)).map((q) => [
    q.text.split(' ').slice(0, 3).join(' '),
    q.speaker?.name ?? null,
  ]);
}

describe('speakers of quotes (issue 14)', () => {
  // [class, text, every quote with its speaker]; each row failed before its fix.
  const rows: [string, string, [string, string | null][]][] = [
    [
      'a speaker is never inside the quote',
      '"I can honestly say we tried," Smith said.',
      [['I can honestly', 'Smith']],
    ],
    [
      'speech reported inside a direct quote is part of it',
      '"He came in and he said something about blood," Jones said.',
      [['He came in', 'Jones']],
    ],
    [
      'a sentence-opening subordinator heads no speaker',
      'Ann Brown spoke first. When asked about the vote, Tom Green said it was close.',
      [
        ['about the vote', null],
        ['it was close', 'Tom Green'],
      ],
    ],
    [
      'credentials after a name are no speaker',
      'Jane Roe, MSc, RD, said the diet works.',
      [['the diet works', 'Jane Roe']],
    ],
    [
      'a credential before an apposition is no speaker',
      'John Doe, CNSC, a dietitian, said fat is fine.',
      [['fat is fine', 'John Doe']],
    ],
    [
      'a party code is no speaker',
      'Sen. Ted Cruz, R-Texas, said the bill would fail.',
      [['the bill would', 'Ted Cruz']],
    ],
    ['a telephone call is no speech', 'Trump called into the show on Monday morning.', []],
    [
      'reading back from a cue stops at another cue',
      'Smith said Jones told AFP that the war was over.',
      [
        ['Jones told AFP', 'Smith'],
        ['the war was', 'Jones'],
      ],
    ],
    [
      'the agent of a passive question speaks',
      'When asked by Jane Fonda whether he would run, the mayor laughed.',
      [['whether he would', 'Jane Fonda']],
    ],
    [
      'an opening participle phrase is no subject',
      'Speaking at a rally in Ohio, Trump went after Bush, calling him "a total stiff."',
      [['a total stiff.', 'Trump']],
    ],
    [
      'an opening time phrase is no subject',
      'Hours later, Donald Trump returned the compliment, telling Reuters, "He is an amazing man."',
      [['He is an', 'Donald Trump']],
    ],
    [
      'a progressive cue keeps its subject',
      'Marco Rubio is telling reporters that he will win the state.',
      [['he will win', 'Marco Rubio']],
    ],
    [
      'a negated auxiliary is no part of the speaker',
      "Bob Smith didn't say he would resign.",
      [['he would resign', 'Bob Smith']],
    ],
    [
      'a "she" never resolves to the man named just before',
      'Donald Trump attacked Hillary Clinton on Monday. "She is a disaster," he said. Clinton hit back. "He is unfit," she said.',
      [
        ['She is a', 'Donald Trump'],
        ['He is unfit', 'Hillary Clinton'],
      ],
    ],
    [
      'titles give a gender',
      'Mrs. Smith met Mr. Brown. "I am glad," she said. "Me too," he said.',
      [
        ['I am glad', 'Smith'],
        ['Me too', 'Brown'],
      ],
    ],
    [
      'a given name gives a gender',
      'John Carter and Mary Lowe met on Monday. "It went well," she said.',
      [['It went well', 'Mary Lowe']],
    ],
    [
      'a pronoun stands for the subject of the sentence before over an older speaker',
      'Mike Pence spoke in Ohio. "We will win," Pence said. Later, Donald Trump posted on Twitter. He wrote: "The polls are rigged!"',
      [
        ['We will win', 'Mike Pence'],
        ['The polls are', 'Donald Trump'],
      ],
    ],
    [
      '"they" never stands for one person',
      'John Doe met officials at the ministry. "We tried hard," Doe said. "We will act," they said.',
      [
        ['We tried hard', 'John Doe'],
        ['We will act', 'they'],
      ],
    ],
  ];
  it.each(rows)('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
