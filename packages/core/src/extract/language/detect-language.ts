import eld from 'eld/extrasmall';
import { CASED, charClass, LETTER, LOWER, NUMBER } from '../../util/char-class';

// Language identification is eld's (Efficient Language Detector, Apache-2.0; its "extrasmall" n-gram database, 60
// languages, about 280 KB gzip): chosen over franc, franc-min and tinyld by accuracy and speed on the shared
// pages and the CoNLL, GermEval and WikiANN texts (`pnpm bench language`). It cuts what it is given to 1,000
// characters and then reads words only up to about 350 bytes of UTF-8 (eld 2.1's `strToUtf8Bytes`: some 350 Latin
// letters, 120 Chinese characters), so the sample opens with the text's longest paragraphs, the prose. Its time is
// mostly fixed per call: a shorter sample would not make it faster.
const SAMPLE_CHARS = 1000;
/** Shortest paragraph taken as prose for the sample ("Share this", "Home" are not). */
const MIN_PROSE_CHARS = 40;
/** Fewest words starting with a lowercase letter before a cased script counts as running text. */
const MIN_LOWERCASE_WORDS = 5;
/** Fewest letters in a caseless script (Chinese, Arabic, Thai …) before a verdict. */
const MIN_CASELESS_LETTERS = 12;
/** Least lead of the best language's score over the next: Russian and Bulgarian tie on a short dateline. */
const MIN_MARGIN = 0.02;
/**
 * Least lead that settles a verdict eld calls unreliable. At 0.2, 0.3 or never, every corpus of `pnpm bench language`
 * scored the same; 0.2 is the lowest of those.
 */
const UNRELIABLE_MARGIN = 0.2;

/**
 * The longest paragraphs, up to the detector's sample size: a page's prose, not its captions, bylines and
 * one-line furniture in the site's other language.
 */
export function languageSample(paragraphs: readonly string[]): string {
  const prose = paragraphs.filter((p) => p.length >= MIN_PROSE_CHARS);
  const longest = [...(prose.length > 0 ? prose : paragraphs)].sort((a, b) => b.length - a.length);
  const picked: string[] = [];
  let length = 0;
  for (const p of longest) {
    if (length >= SAMPLE_CHARS) break;
    picked.push(p);
    length += p.length + 1;
  }
  return picked.join('\n');
}

/**
 * Whether a text is running prose rather than a table, a list of names or a headline in capitals. Its letters,
 * cased letters and words opening in lowercase are counted in one pass over its code points, no array made.
 */
export function isRunningText(text: string): boolean {
  let letters = 0;
  let cased = 0;
  let lowercaseWords = 0;
  // A word opening in lowercase: a lowercase letter after neither a letter nor a digit, with a letter after it.
  let previous = 0;
  let opensLower = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const bits = charClass(cp);
    if (bits & LETTER) {
      letters++;
      if (opensLower) lowercaseWords++;
    }
    if (bits & CASED) cased++;
    opensLower = (bits & LOWER) !== 0 && (previous & (LETTER | NUMBER)) === 0;
    previous = bits;
    i += cp > 0xffff ? 2 : 1;
  }
  if (cased * 2 < letters) return letters >= MIN_CASELESS_LETTERS;
  return lowercaseWords >= MIN_LOWERCASE_WORDS;
}

/** A detected language and how far it leads the next one (0 to 1). */
export interface DetectedLanguage {
  language: string;
  margin: number;
}

/**
 * The language of a text as an ISO 639-1 code with its lead over the runner-up, or null when the evidence is thin:
 * too little running text ("Albu Kamal", a bond table, a list of team names), or two languages nearly tied.
 */
export function identifyLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, SAMPLE_CHARS * 2);
  if (!isRunningText(sample)) return null;
  const result = eld.detect(sample);
  if (!result.language) return null;
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const margin = (scores[0] ?? 0) - (scores[1] ?? 0);
  // eld calls a verdict unreliable when many of the text's n-grams are foreign to it: Chinese prose full of Latin
  // names ("DeepMind的AlphaGo AI…") is; a wide lead over the runner-up still settles it.
  if (!result.isReliable() && margin < UNRELIABLE_MARGIN) return null;
  return margin >= MIN_MARGIN ? { language: result.language, margin } : null;
}
