// The Unicode classes the word counter and the language checks ask of each character, as bits. The platform's
// `\p{…}` regular expressions decide each code point once; a table answers every later ask (a regular expression per
// character, or a match array per text, was a tenth of the page read).

/** `\p{L}`: a letter. */
export const LETTER = 1;
/** `\p{Lu}` or `\p{Ll}`: a letter with case. */
export const CASED = 2;
/** `\p{Ll}`: a lowercase letter. */
export const LOWER = 4;
/** `\p{N}`: a digit or other number. */
export const NUMBER = 8;
const DECIDED = 16;

const IS_LETTER = /^\p{L}$/u;
const IS_CASED = /^[\p{Lu}\p{Ll}]$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_NUMBER = /^\p{N}$/u;

function decide(ch: string): number {
  let bits = DECIDED;
  if (IS_LETTER.test(ch)) bits |= LETTER;
  if (IS_CASED.test(ch)) bits |= CASED;
  if (IS_LOWER.test(ch)) bits |= LOWER;
  if (IS_NUMBER.test(ch)) bits |= NUMBER;
  return bits;
}

// Filled as code points are met: most pages use a few hundred of the 65,536.
const BMP = new Uint8Array(0x10000);

/**
 * The class bits of a code point (see {@link LETTER} and the others); 0 for none. A lone surrogate is no letter.
 * Code points beyond the BMP are rare in text and are decided each time, so no input can grow a cache.
 */
export function charClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    let bits = BMP[codePoint]!;
    if (bits === 0) {
      bits = decide(String.fromCharCode(codePoint));
      BMP[codePoint] = bits;
    }
    return bits & ~DECIDED;
  }
  return decide(String.fromCodePoint(codePoint)) & ~DECIDED;
}
