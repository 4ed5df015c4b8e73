import { charClass, LETTER } from '../../util/char-class';

/**
 * Whether a code point is in a right-to-left script's block: Hebrew, Arabic (with its supplements and
 * presentation forms), Syriac, Thaana and N'Ko.
 */
export function isRightToLeft(c: number): boolean {
  return (
    (c >= 0x0590 && c <= 0x07ff) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb1d && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/**
 * The writing direction of a text: right to left when most of its letters are of a right-to-left script. It is
 * read from the characters, so a page with no language tag, or a wrong one, still renders the right way.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 5000);
  // Counted in one pass over the code points; two match arrays per page were most of this function's cost.
  let letters = 0;
  let rtl = 0;
  for (let i = 0; i < sample.length; ) {
    const cp = sample.codePointAt(i)!;
    if (charClass(cp) & LETTER) letters++;
    if (isRightToLeft(cp)) rtl++;
    i += cp > 0xffff ? 2 : 1;
  }
  return letters > 0 && rtl * 2 > letters ? 'rtl' : 'ltr';
}
