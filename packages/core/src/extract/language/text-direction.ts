// Letters of the right-to-left scripts: Hebrew, Arabic (with its supplements and presentation forms), Syriac,
// Thaana and N'Ko.
const RTL_LETTER =
  /[\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u07c0-\u07ff\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/gu;
const LETTER = /\p{L}/gu;

/**
 * The writing direction of a text: right to left when most of its letters are of a right-to-left script. It is
 * read from the characters, so a page with no language tag, or a wrong one, still renders the right way.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 5000);
  const letters = sample.match(LETTER)?.length ?? 0;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return letters > 0 && rtl * 2 > letters ? 'rtl' : 'ltr';
}
