import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

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
