import { charClass, LETTER, NUMBER } from './char-class';

// A word is a run of letters or digits, joined across apostrophes and hyphens ("don't", "al-Assad"):
// punctuation such as a lone dash or bullet is not a word.
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * The length in UTF-16 units of the letter or digit at `i` (2 for a letter outside the BMP), or 0. ASCII is
 * decided by its code, other characters by the class table (a `\p{L}` regular expression per character was a
 * tenth of the page read).
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  // Past the end (NaN) nothing is a word character.
  if (!(c >= 128)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && (charClass(cp) & (LETTER | NUMBER)) !== 0 ? 2 : 0;
  }
  return (charClass(c) & (LETTER | NUMBER)) !== 0 ? 1 : 0;
}

/**
 * The one word counter every stage uses (`Article.wordCount`, body-length thresholds, short-quote checks).
 * It stops at `atMost` (default: no limit), so a threshold check costs no more than the threshold.
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < atMost; ) {
    const width = wordCharAt(text, i);
    if (width > 0) {
      if (!inWord) n++;
      inWord = true;
      i += width;
      continue;
    }
    const c = text.charCodeAt(i);
    // An apostrophe or hyphen between two letters joins them; anywhere else it ends the word.
    const joins =
      inWord && (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) && wordCharAt(text, i + 1) > 0;
    if (!joins) inWord = false;
    i++;
  }
  return n;
}

// Languages written without spaces between words: their words are found by the platform's dictionary-based
// segmenter (ICU, through `Intl.Segmenter`), not by runs of letters, which would make a Chinese sentence one word.
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const segmenters = new Map<string, Intl.Segmenter>();

const primaryCode = (language: string | null) => language?.toLowerCase().split(/[-_]/)[0] ?? '';

/** Whether a language (a BCP 47 tag, or null) writes words without spaces between them. */
export function isUnspaced(language: string | null): boolean {
  return UNSPACED.has(primaryCode(language));
}

/** Words as the language counts them: `Intl.Segmenter` for Chinese, Japanese, Thai …, else {@link countWords}. */
export function countLanguageWords(text: string, language: string | null): number {
  const code = primaryCode(language);
  if (!UNSPACED.has(code)) return countWords(text);
  let segmenter = segmenters.get(code);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(code, { granularity: 'word' });
    segmenters.set(code, segmenter);
  }
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
