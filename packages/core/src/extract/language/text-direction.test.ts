import { describe, expect, it } from 'vitest';
import { isRightToLeft, textDirection } from './text-direction';

describe('textDirection', () => {
  it.each([
    ['أعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستدخل حيز التنفيذ', 'rtl'],
    ['הממשלה הודיעה ביום שני כי הכללים החדשים ייכנסו לתוקף', 'rtl'],
    // A Latin name inside right-to-left prose does not turn it.
    ['قال جو بايدن Joe Biden إن الحكومة ستعلن القواعد الجديدة', 'rtl'],
    ['The government said on Monday the new rules would apply from next month.', 'ltr'],
    ['政府は月曜日、新しい規則を発表した。', 'ltr'],
    ['', 'ltr'],
  ])('%j → %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});

describe('isRightToLeft', () => {
  it.each([
    ['\u05d0', true], // Hebrew alef
    ['\u0627', true], // Arabic alef
    ['\u0710', true], // Syriac alaph
    ['\u07ca', true], // N'Ko a
    ['\u08a0', true], // Arabic Extended-A
    ['\ufb1d', true], // Hebrew presentation form
    ['\ufefc', true], // Arabic presentation form
    ['\u058f', false], // Armenian dram sign, just before Hebrew
    ['\u0800', false], // Samaritan, just after N'Ko
    ['a', false],
  ])('%j: %s', (ch, expected) => {
    expect(isRightToLeft(ch.charCodeAt(0))).toBe(expected);
  });

  it('reads only the first 5,000 characters', () => {
    expect(textDirection(`${'a'.repeat(5000)}${'\u05d0'.repeat(9000)}`)).toBe('ltr');
    expect(textDirection(`${'a'.repeat(2400)}${'\u05d0'.repeat(9000)}`)).toBe('rtl');
  });
});
