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

describe('printed dates in other languages', () => {
  it.each([
    // German, with its weekday, abbreviations and a time.
    ['12. März 2024', '2024-03-12'],
    ['Dienstag, 12. März 2024, 14:05 Uhr', '2024-03-12'],
    ['12. Dez. 2024', '2024-12-12'],
    ['12. Maerz 2024', '2024-03-12'],
    // French.
    ['12 mars 2024', '2024-03-12'],
    ['mardi 12 mars 2024 à 14h05', '2024-03-12'],
    ['12 févr. 2024', '2024-02-12'],
    ['12 fevrier 2024', '2024-02-12'],
    ['1er déc. 2024', '2024-12-01'],
    // Spanish, Italian, Portuguese, Dutch.
    ['12 de marzo de 2024', '2024-03-12'],
    ['martes, 12 de marzo de 2024 14:05', '2024-03-12'],
    ['12 dic. 2024', '2024-12-12'],
    ['12 marzo 2024', '2024-03-12'],
    ['martedì 12 mag. 2024', '2024-05-12'],
    ['12 de março de 2024', '2024-03-12'],
    ['12 de fev. de 2024', '2024-02-12'],
    ['1º de março de 2024', '2024-03-01'],
    ['12 maart 2024', '2024-03-12'],
    ['dinsdag 12 mrt. 2024, 14:05', '2024-03-12'],
    // Polish, in the genitive, and a month name longer than ten letters.
    ['12 marca 2024', '2024-03-12'],
    ['wtorek, 12 października 2024', '2024-10-12'],
    ['12 paź 2024', '2024-10-12'],
    // Russian, with an abbreviation.
    ['12 марта 2024', '2024-03-12'],
    ['12 дек. 2024 г., 14:05', '2024-12-12'],
    // Turkish, lower-cased from capitals ("KASIM").
    ['12 Mart 2024 Salı', '2024-03-12'],
    ['12 KASIM 2024', '2024-11-12'],
    ['12 Ağu 2024', '2024-08-12'],
    // Greek, with and without its accents.
    ['Τρίτη 12 Μαρτίου 2024', '2024-03-12'],
    ['12 ΜΑΡΤΙΟΥ 2024', '2024-03-12'],
    ['12 Μαΐου 2024', '2024-05-12'],
    // Chinese and Japanese, with a time and full-width digits; Korean.
    ['2024年3月12日', '2024-03-12'],
    ['2024年3月12日 14:05', '2024-03-12'],
    ['发布时间：2024年03月12日 14:05', '2024-03-12'],
    ['２０２４年３月１２日（火）', '2024-03-12'],
    ['2024年3月12号', '2024-03-12'],
    ['2024년 3월 12일 14:05', '2024-03-12'],
    ['2024年13月12日', null],
    // Han numerals, with either zero; Japanese era years in digits, numerals or 元 (the era's first year).
    ['二〇二四年三月十二日', '2024-03-12'],
    ['发布时间：二零二三年十二月三十一日', '2023-12-31'],
    ['令和6年3月12日', '2024-03-12'],
    ['令和六年三月十二日', '2024-03-12'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['二〇二四年十三月十二日', null],
    // Arabic: Egyptian and Levantine names, both at once, two-word names, Eastern Arabic digits.
    ['12 مارس 2024', '2024-03-12'],
    ['١٢ مارس ٢٠٢٤', '2024-03-12'],
    ['الثلاثاء 12 آذار 2024', '2024-03-12'],
    ['12 اذار 2024', '2024-03-12'],
    ['12 آذار/مارس 2024', '2024-03-12'],
    ['١٢ كانون الثاني ٢٠٢٤', '2024-01-12'],
    ['12 تشرين الأول/أكتوبر 2024', '2024-10-12'],
    ['12 آب 2024', '2024-08-12'],
    ['12 غشت 2024', '2024-08-12'],
    ['12 جوان 2024', '2024-06-12'],
    ['12 أبريل، 2024', '2024-04-12'],
    ['\u200f12 مارس 2024\u200f', '2024-03-12'],
    // Hebrew, bare and after its preposition.
    ['12 במרץ 2024', '2024-03-12'],
    ['12 מאי 2024', '2024-05-12'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw, NOW)).toBe(expected);
  });

  it('finds a printed date in running text of a right-to-left page, at its offset', () => {
    const text = 'نشر في ١٢ آذار ٢٠٢٤';
    expect(datesIn(text, NOW)).toEqual([{ at: 7, end: 19, value: '2024-03-12' }]);
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
      { at: 8, end: 19, value: '2020-06-04' },
      { at: 32, end: 42, value: '2019-06-17' },
      { at: 48, end: 58, value: '2019-06-17' },
      { at: 63, end: 75, value: '2020-06-04' },
    ]);
    // Each offset pair covers the date as printed.
    expect(datesIn(text, NOW).map((d) => text.slice(d.at, d.end))).toEqual([
      '04 Jun 2020',
      '17.06.2019',
      '2019/06/17',
      'June 4, 2020',
    ]);
  });
  it('reads slashed dates month first where the text prints one that can only be month first', () => {
    expect(printedDays('8/1/2025 8/27/2025', NOW)).toEqual(['2025-08-01', '2025-08-27']);
    // Day first stays the reading alone, and where a date can only be day first.
    expect(printedDays('8/1/2025', NOW)).toEqual(['2025-01-08']);
    expect(printedDays('8/1/2025 27/8/2025 8/27/2025', NOW)).toEqual(['2025-01-08', '2025-08-27']);
    // Dotted dates are day first whatever a slashed one says.
    expect(printedDays('8.1.2025 8/27/2025', NOW)).toEqual(['2025-01-08', '2025-08-27']);
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
