import { countWords } from '../../util/count-words';

// The HTML reader's length thresholds (a paragraph of 25 characters, a marked body of 250, a sibling paragraph of
// 80) were set on pages in alphabetic scripts, where a word is about six characters with its space. A Chinese or
// Japanese character is a word or half of one, so the same story is about a third as many characters; a Korean
// syllable block, with spaces between words, about half. These helpers weigh each character by how much
// alphabetic text it stands for, so every threshold keeps its meaning in every script. Arabic, Hebrew, Cyrillic
// and Greek are alphabets with spaces, and count as Latin does.

/** Han ideographs and kana stand for about three alphabetic characters each. */
const IDEOGRAPH_WEIGHT = 3;
/** A Hangul syllable block stands for about two. */
const HANGUL_WEIGHT = 2;
/** Characters per word in Chinese and Japanese text, for word-equivalents (about 1.7 in news prose). */
const IDEOGRAPHS_PER_WORD = 1.7;

// The first code unit that can weigh more than one (Hangul Jamo); anything below is one character.
const FIRST_WIDE = 0x1100;
const IDEOGRAPHIC = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const IDEOGRAPHIC_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const WIDE = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** How many alphabetic characters the UTF-16 code unit `c` stands for: 3 for an ideograph or kana, 2 for Hangul. */
export function charWeight(c: number): number {
  if (c < FIRST_WIDE) return 1;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf))
    return IDEOGRAPH_WEIGHT;
  if (c >= 0xf900 && c <= 0xfaff) return IDEOGRAPH_WEIGHT;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
    return HANGUL_WEIGHT;
  return 1;
}

/**
 * The length of `text` in alphabetic characters: its length, with each ideograph or kana counted three times
 * and each Hangul block twice. Text with none of them is measured by `length` alone, after one native scan.
 */
export function textLength(text: string): number {
  if (!WIDE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) n += charWeight(text.charCodeAt(i));
  return n;
}

/**
 * Words, or for Chinese and Japanese the words their characters make (about 1.7 characters a word): a run of
 * ideographs is one sentence to {@link countWords}, not one word. For thresholds; `Article.wordCount` segments.
 * `words`, when the caller has it, is `countWords(text)`, which text without ideographs then need not recount.
 */
export function wordEquivalents(text: string, words?: number): number {
  if (!IDEOGRAPHIC.test(text)) return words ?? countWords(text);
  let ideographs = 0;
  const rest = text.replace(IDEOGRAPHIC_RUN, (run) => {
    ideographs += run.length;
    return ' ';
  });
  return countWords(rest) + Math.round(ideographs / IDEOGRAPHS_PER_WORD);
}

// Full stops, question and exclamation marks, Latin and full-width (。！？).
const SENTENCE_END = /[.!?\u3002\uff01\uff1f]$/;

/** Whether a block ends as a sentence does, in any script: a short block that does not is a label or a date line. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
