import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../../test/annotate-sentence';
import type { Casualty } from '../../schema/article';
import { extractCasualties } from './extract-casualties';

type Row = [Casualty['kind'], number | null, Casualty['qualifier'], string | null, string | null];

function rowsOf(sentence: string): Row[] {
  return extractCasualties(annotateSentence(sentence)).map((c) => [
    c.kind,
    c.count,
    c.qualifier,
    c.vague,
    c.who,
  ]);
}

describe('extractCasualties: forms', () => {
  it.each<[string, Row[]]>([
    [
      'The bombardment killed eight civilians and wounded 25.',
      [
        ['killed', 8, 'exact', null, 'civilians'],
        ['wounded', 25, 'exact', null, null],
      ],
    ],
    ['More than 80 fighters were killed.', [['killed', 80, 'more_than', null, 'fighters']]],
    ['Four Americans lost their lives in the attack.', [['killed', 4, 'exact', null, 'Americans']]],
    ['Three people were fatally shot.', [['killed', 3, 'exact', null, 'people']]],
    ['Millions have been displaced.', [['displaced', null, null, 'millions', null]]],
    ['The blast left 3 dead.', [['killed', 3, 'exact', null, null]]],
    ['At least 12 people were wounded in the attack.', [['wounded', 12, 'at_least', null, 'people']]],
    [
      'About 1.2 million people have been displaced by the war.',
      [['displaced', 1_200_000, 'about', null, 'people']],
    ],
    ['Police arrested 30 protesters.', [['arrested', 30, 'exact', null, 'protesters']]],
    ['Gunmen kidnapped a dozen students.', [['kidnapped', 12, 'exact', null, 'students']]],
    ['Up to 40 people are missing.', [['missing', 40, 'up_to', null, 'people']]],
    ['Fewer than 10 soldiers were injured.', [['wounded', 10, 'fewer_than', null, 'soldiers']]],
    ['Dozens of civilians were killed.', [['killed', null, null, 'dozens', 'civilians']]],
    ['Scores were wounded.', [['wounded', null, null, 'scores', null]]],
    [
      'Hundreds of thousands have fled the fighting.',
      [['displaced', null, null, 'hundreds of thousands', null]],
    ],
    ['The death toll rose to 45.', [['killed', 45, 'exact', null, null]]],
    ['Two soldiers died in the ambush.', [['killed', 2, 'exact', null, 'soldiers']]],
    ['Nearly 200 migrants are feared dead.', [['killed', 200, 'about', null, 'migrants']]],
    ['Security forces detained 15 suspects.', [['arrested', 15, 'exact', null, 'suspects']]],
    ['Twenty-five villagers were abducted.', [['kidnapped', 25, 'exact', null, 'villagers']]],
    ['The storm left thousands homeless.', [['displaced', null, null, 'thousands', null]]],
    ['The attack killed some 40 people.', [['killed', 40, 'about', null, 'people']]],
    ['An air strike killed 12 Syrian soldiers.', [['killed', 12, 'exact', null, 'Syrian soldiers']]],
    ['The raid killed three IS militants.', [['killed', 3, 'exact', null, 'IS militants']]],
    ['An estimated 500 people were killed.', [['killed', 500, 'about', null, 'people']]],
    ['As many as 300 refugees were detained.', [['arrested', 300, 'up_to', null, 'refugees']]],
    [
      'Three people were killed and 10 were wounded.',
      [
        ['killed', 3, 'exact', null, 'people'],
        ['wounded', 10, 'exact', null, null],
      ],
    ],
    ['The killing of 12 protesters sparked outrage.', [['killed', 12, 'exact', null, 'protesters']]],
    ['The attacks claimed 20 lives.', [['killed', 20, 'exact', null, null]]],
    [
      'The clashes killed 10 people, including three children.',
      [
        ['killed', 10, 'exact', null, 'people'],
        ['killed', 3, 'exact', null, 'children'],
      ],
    ],
    [
      'More than 80 fighters were killed in three days of combat – 31 pro-regime forces and at least 50 IS militants.',
      [
        ['killed', 80, 'more_than', null, 'fighters'],
        ['killed', 31, 'exact', null, 'pro-regime forces'],
        ['killed', 50, 'at_least', null, 'IS militants'],
      ],
    ],
    ['Half a dozen guards were hurt.', [['wounded', 6, 'exact', null, 'guards']]],
    [
      'More than 330,000 people are estimated to have been killed.',
      [['killed', 330_000, 'more_than', null, 'people']],
    ],
    ['Two hundred people were arrested.', [['arrested', 200, 'exact', null, 'people']]],
    ['Fighting in 2014 killed 300 people.', [['killed', 300, 'exact', null, 'people']]],
    ['The war, which began in 2011, has killed 5,000.', [['killed', 5000, 'exact', null, null]]],
    [
      'Five years after the attack that killed 12, the town has rebuilt.',
      [['killed', 12, 'exact', null, null]],
    ],
    ['Heavy fighting killed dozens in the region.', [['killed', null, null, 'dozens', null]]],
    ['8 killed in car bomb', [['killed', 8, 'exact', null, null]]],
    [
      'The earthquake injured at least 1,000 people and left 200 missing.',
      [
        ['wounded', 1000, 'at_least', null, 'people'],
        ['missing', 200, 'exact', null, null],
      ],
    ],
    ['The policeman, 45, and two colleagues were injured.', [['wounded', 2, 'exact', null, 'colleagues']]],
    ['Officials said 7 people were missing after the flood.', [['missing', 7, 'exact', null, 'people']]],
    ['AT LEAST 10 KILLED IN DEADLY ISTANBUL EXPLOSION', [['killed', 10, 'at_least', null, null]]],
    ['A couple shot dead 14 people in San Bernardino.', [['killed', 14, 'exact', null, 'people']]],
    ['He mourned the 20 first-graders who were killed.', [['killed', 20, 'exact', null, 'first-graders']]],
  ])('%s', (sentence, expected) => {
    expect(rowsOf(sentence)).toEqual(expected);
  });
});

describe('extractCasualties: traps', () => {
  it.each([
    'Some 400,000 people live in the area.',
    'The man, 25, was killed.',
    'A 25-year-old man was killed.',
    'The 2014 campaign killed no one.',
    'He killed two birds with one stone.',
    'The senators killed the bill.',
    'The convoy of 12 vehicles was hit.',
    'The bombing destroyed 15 tanks.',
    'The raid was carried out six days ago.',
    'The strike killed 3 times more people than last year.',
    "The town's 20,000 residents were told to leave.",
    'The bill would have killed 2,000 jobs.',
    'Six days of heavy bombing followed.',
    'The soldiers, aged 19 to 24, were on patrol.',
    'I hope you find the 30,000 emails that are missing.',
  ])('%s', (sentence) => {
    expect(rowsOf(sentence)).toEqual([]);
  });
});

describe('extractCasualties: spans', () => {
  it.each([
    ['The blast left 3 dead.', 'left 3 dead'],
    ['The bombardment killed eight civilians.', 'killed eight civilians'],
    ['More than 80 fighters were killed.', 'More than 80 fighters were killed'],
    ['The death toll rose to 45.', 'death toll rose to 45'],
  ])('%s → %s', (sentence, phrase) => {
    const [casualty] = extractCasualties(annotateSentence(sentence));
    const start = sentence.indexOf(phrase);
    expect(casualty!.span).toEqual({ start, end: start + phrase.length, text: phrase });
  });
});

describe('extractCasualties: breakdown reach', () => {
  // A breakdown opens within 20 tokens of its count; scanning further made one long sentence quadratic.
  it('reads a breakdown whose dash is near the count', () => {
    expect(
      rowsOf('More than 80 fighters were killed in three days – 31 soldiers and 50 militants.'),
    ).toHaveLength(3);
  });

  it('does not reach for a dash far beyond the count', () => {
    const filler =
      'in a long and winding series of clashes that went on for many days across the whole of the province';
    expect(
      rowsOf(`More than 80 fighters were killed ${filler} – 31 soldiers and 50 militants.`),
    ).toHaveLength(1);
  });
});
