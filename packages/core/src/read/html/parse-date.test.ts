import { describe, expect, it } from 'vitest';
import {
  dateFromUrl,
  datesIn,
  expandLoneShortDate,
  parseDate,
  parsePrintedDate,
  printedDays,
} from './parse-date';

const NOW = Date.UTC(2026, 0, 1);

describe('parseDate', () => {
  it.each([
    ['2017-11-19T10:15:00+01:00', '2017-11-19T10:15:00+01:00'],
    ['2017-11-19T10:15:00.123Z', '2017-11-19T10:15:00Z'],
    ['2020-01-20T09:49:32+0000', '2020-01-20T09:49:32+00:00'],
    ['2019-10-16 09:35', '2019-10-16T09:35:00'],
    ['2017-11-19', '2017-11-19'],
    ['20171119', '2017-11-19'],
    ['Sun, 19 Nov 2017 10:00:00 GMT', '2017-11-19T10:00:00Z'],
    ['Sat, 19 Oct 2019 00:04:00 +0200', '2019-10-19T00:04:00+02:00'],
    ['15 августа 2016, 13:43', '2016-08-15'],
    ['Written: 2023-11-07 15:03:30', '2023-11-07'],
    ['November 19, 2017', '2017-11-19'],
    ['19. November 2017', '2017-11-19'],
    ['19 de noviembre de 2017', '2017-11-19'],
    ['19.11.2017', '2017-11-19'],
    ['2023 Jan 7', '2023-01-07'],
    ['2021 Sept. 30', '2021-09-30'],
    ['2023 Budget 7', null],
    ['not a date', null],
    ['2099-01-01', null],
    ['1970-01-01', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw, NOW)).toBe(expected);
  });
});

describe('parsePrintedDate', () => {
  it('takes the earliest valid date in running text', () => {
    expect(parsePrintedDate('Next event (04.02) · Posted 30.01.2022 18:36 · 1 March 2022', NOW)).toBe(
      '2022-01-30',
    );
  });
  it('skips an invalid first match and keeps looking', () => {
    expect(parsePrintedDate('Version 45.99.2010, updated 3.4.2015', NOW)).toBe('2015-04-03');
  });
});

describe('datesIn and printedDays', () => {
  const text = 'Updated 04 Jun 2020, originally 17.06.2019; see 2019/06/17 and June 4, 2020';
  it('lists every printed date with its offset, in reading order', () => {
    expect(datesIn(text, NOW)).toEqual([
      { at: 8, value: '2020-06-04' },
      { at: 32, value: '2019-06-17' },
      { at: 48, value: '2019-06-17' },
      { at: 63, value: '2020-06-04' },
    ]);
  });
  it('names each day once', () => {
    expect(printedDays(text, NOW)).toEqual(['2020-06-04', '2019-06-17']);
    expect(printedDays('no dates here', NOW)).toEqual([]);
  });
});

describe('expandLoneShortDate', () => {
  it.each([
    ['31.10.23', '31.10.2023'],
    ['| 31.10.23', '31.10.2023'],
    [', 8.5.12 ', '8.5.2012'],
    ['28.09.19, 12:44 Uhr', '28.09.2019'],
    ['Version 30.10.23 is out.', 'Version 30.10.23 is out.'],
    ['1.2.345', '1.2.345'],
  ])('%s → %s', (raw, expected) => {
    expect(expandLoneShortDate(raw)).toBe(expected);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://x.com/2017/11/19/story', '2017-11-19'],
    ['https://x.com/home/2017/7/12/story', '2017-07-12'],
    ['https://x.com/news-2017-11-19-story', '2017-11-19'],
    ['https://x.com/2017/11/story', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url, NOW)).toBe(expected);
  });
});
