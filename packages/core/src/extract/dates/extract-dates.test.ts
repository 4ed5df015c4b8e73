import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../../test/annotate-sentence';
import { extractDates } from './extract-dates';

// 2017-11-19 is a Sunday.
const REFERENCE = '2017-11-19';

function datesIn(sentence: string, reference: string | null = REFERENCE) {
  return extractDates(annotateSentence(sentence), reference);
}

// The one mention expected in `sentence`, its span located by its text.
function mention(sentence: string, text: string, value: string, precision: string, relative: boolean) {
  const start = sentence.indexOf(text);
  return { text, span: { start, end: start + text.length, text }, value, precision, relative };
}

describe('extractDates: one expression resolved against 2017-11-19', () => {
  it.each([
    // Weekdays: past-tense reporting looks back, future context looks ahead.
    ['The army retook the town on Wednesday.', 'Wednesday', '2017-11-15', 'day'],
    ['The army said on Sunday it had won.', 'Sunday', '2017-11-19', 'day'],
    ['Loyalist militiamen Sunday ousted the group.', 'Sunday', '2017-11-19', 'day'],
    ['Ministers will meet on Friday.', 'Friday', '2017-11-24', 'day'],
    ['Diplomats met to talk ahead of a summit in Sochi on Wednesday.', 'Wednesday', '2017-11-22', 'day'],
    ['The vote is scheduled for Tuesday.', 'Tuesday', '2017-11-21', 'day'],
    ['Rebels attacked the base last Sunday.', 'last Sunday', '2017-11-12', 'day'],
    ['Talks resume next Monday.', 'next Monday', '2017-11-20', 'day'],
    ["Sunday's vote was calm.", 'Sunday', '2017-11-19', 'day'],
    ['Talks on Thursday will focus on aid.', 'Thursday', '2017-11-23', 'day'],
    ['They neared a deal that would see him endorse her on Tuesday.', 'Tuesday', '2017-11-21', 'day'],
    ['Sanders admitted Tuesday that it would be hard.', 'Tuesday', '2017-11-14', 'day'],
    ['His address Thursday about the budget is what everyone will discuss.', 'Thursday', '2017-11-16', 'day'],
    // Relative phrases.
    ['Fighting broke out yesterday.', 'yesterday', '2017-11-18', 'day'],
    ['The envoy arrives tomorrow.', 'tomorrow', '2017-11-20', 'day'],
    ['The town fell to a counter-attack a week ago.', 'a week ago', '2017-11-12', 'day'],
    ['The town fell three days ago.', 'three days ago', '2017-11-16', 'day'],
    ['The offensive began two months ago.', 'two months ago', '2017-09', 'month'],
    ['Forces announced the capture earlier this month.', 'earlier this month', '2017-11', 'month'],
    ['Exports fell last month.', 'last month', '2017-10', 'month'],
    ['The group has lost ground this year.', 'this year', '2017', 'year'],
    ['Exports will rise next year.', 'next year', '2018', 'year'],
    ['Clashes flared last week.', 'last week', '2017-11', 'month'],
    // Months and days without a year take it from the reference.
    ['The army announced on November 9 it had won.', 'November 9', '2017-11-09', 'day'],
    ['It happened on Nov. 9 near the border.', 'Nov. 9', '2017-11-09', 'day'],
    ['It happened on 9 November near the border.', '9 November', '2017-11-09', 'day'],
    ['The siege began in March.', 'March', '2017-03', 'month'],
    ['Elections are due in December.', 'December', '2017-12', 'month'],
    ['The ceasefire collapsed in December.', 'December', '2016-12', 'month'],
    ['Fighting eased in mid-November.', 'mid-November', '2017-11', 'month'],
    ['Sanders surged in Iowa before the caucuses on Nov. 25.', 'Nov. 25', '2017-11-25', 'day'],
    ['The nominee for the Dec. 12 election later said he would run.', 'Dec. 12', '2017-12-12', 'day'],
    ['Talks will resume on Jan. 5 in Geneva.', 'Jan. 5', '2018-01-05', 'day'],
    ['The town fell on 28 December after a siege.', '28 December', '2016-12-28', 'day'],
  ])('%s → %s = %s', (sentence, text, value, precision) => {
    const { dates, warnings } = datesIn(sentence);
    expect(dates).toEqual([mention(sentence, text, value, precision, true)]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Syria army took the town on November 9, 2017.', 'November 9, 2017', '2017-11-09', 'day'],
    ['It happened on 9 November 2016.', '9 November 2016', '2016-11-09', 'day'],
    ['The deal was signed on 2016-05-03.', '2016-05-03', '2016-05-03', 'day'],
    ['The war began in 2011.', '2011', '2011', 'year'],
    ['IS seized large areas in a lightning 2014 campaign.', '2014', '2014', 'year'],
    ['Prices peaked in November 2015.', 'November 2015', '2015-11', 'month'],
    ['On Sunday, November 19, 2017, the army advanced.', 'Sunday, November 19, 2017', '2017-11-19', 'day'],
  ])('absolute: %s → %s = %s', (sentence, text, value, precision) => {
    const { dates } = datesIn(sentence);
    expect(dates).toEqual([mention(sentence, text, value, precision, false)]);
  });
});

describe('extractDates: what is not a date', () => {
  it.each([
    'Six days of heavy bombing have killed dozens.',
    'More than 80 fighters were killed in the three days of combat.',
    'For days, there have been daily reports of shelling.',
    'The floods killed 2014 people.',
    'As many as 2,014 people fled the town.',
    'Some 330,000 people have been killed.',
    'Theresa May said the talks were over.',
    'Prices have doubled over the last year.',
    'A week later, the army advanced.',
    'The may be a delay, officials said.',
    'The convoy had 1999 vehicles.',
    'The Sunday Times reported the deal.',
    'Marchers remembered Bloody Sunday.',
    'He spoke on Fox News Sunday about the war.',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).dates).toEqual([]);
  });
});

describe('extractDates: without a reference date', () => {
  it('leaves relative dates null with one warning', () => {
    const { dates, warnings } = datesIn('Rebels attacked on Sunday and again yesterday, a week ago.', null);
    expect(dates.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['Sunday', null, null],
      ['yesterday', null, null],
      ['a week ago', null, null],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('no-reference-date');
  });

  it('takes the year of a month-day from a full date in the text', () => {
    const sentence =
      'The army won on November 9, 2017. It lost the town on November 12 and retook it in 2018.';
    const { dates, warnings } = datesIn(sentence, null);
    expect(dates.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['November 9, 2017', '2017-11-09', false],
      ['November 12', '2017-11-12', true],
      ['2018', '2018', false],
    ]);
    expect(warnings).toEqual([]);
  });

  it('resolves absolute dates and warns nothing when nothing is relative', () => {
    expect(datesIn('The war began in 2011.', null)).toEqual({
      dates: [expect.objectContaining({ text: '2011', value: '2011' })],
      warnings: [],
    });
  });
});

// Issue 14: a masthead's "TODAY" was read as the day of publication, and an upcoming January day put in the
// January gone by.
describe('extractDates: day words inside names, and month-days without a year', () => {
  it.each([
    ['The mayor told USA TODAY on Monday that the bridge would reopen.', 'TODAY'],
    ['She appeared on Good Morning America Today to discuss the plan.', 'Today'],
    ['Trump told NBC’s “Today” on Monday that he would win.', 'Today'],
  ])('in %j reads no date in %s', (sentence, word) => {
    expect(datesIn(sentence).dates.map((d) => d.text)).not.toContain(word);
  });

  it.each([
    ['Today, the mayor said the bridge would reopen.', 'Today', '2017-11-19'],
    ['“Tonight we celebrate,” she said.', 'Tonight', '2017-11-19'],
  ])('in %j still reads %s as a date', (sentence, word, value) => {
    expect(datesIn(sentence).dates.find((d) => d.text === word)?.value).toBe(value);
  });

  it.each([
    // Late December: the coming January's day is nearer than the last one's.
    ['Tickets for the Jan 10 event are on sale now.', '2017-12-28', 'Jan 10', '2018-01-10'],
    ['The company will hold its Jan. 10 event in Las Vegas.', '2017-12-28', 'Jan. 10', '2018-01-10'],
    ['The upcoming Jan 10 event is sold out.', '2017-12-28', 'Jan 10', '2018-01-10'],
    // A past-tense day stays in the past; a month alone far ahead is last year's.
    ['The council voted on Dec. 20 to close the bridge.', '2017-01-05', 'Dec. 20', '2016-12-20'],
    ['In May, the council voted to close the bridge.', '2017-11-24', 'May', '2017-05'],
  ])('in %j published %s resolves %s to %s', (sentence, reference, text, value) => {
    expect(datesIn(sentence, reference).dates.find((d) => d.text === text)?.value).toBe(value);
  });

  // No reference date: the full date the text prints stands in for it, not just its year.
  it.each([
    ['On Dec. 20, 2023, organisers said the Jan 10 event would sell out.', 'Jan 10', '2024-01-10'],
    ['On Dec. 20, 2023, tickets for the Jan 10 event went on sale.', 'Jan 10', '2024-01-10'],
    ['On Dec. 20, 2023, the council said it had met on Dec. 12.', 'Dec. 12', '2023-12-12'],
  ])('in %j without a reference resolves %s to %s', (sentence, text, value) => {
    expect(datesIn(sentence, null).dates.find((d) => d.text === text)?.value).toBe(value);
  });
});
