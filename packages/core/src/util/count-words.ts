// A word is a run of letters or digits, joined across apostrophes and hyphens ("don't", "al-Assad"):
// punctuation such as a lone dash or bullet is not a word.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The one word counter every stage uses (`Article.wordCount`, body-length thresholds, short-quote checks).
 * It stops at `atMost` (default: no limit), so a threshold check costs no more than the threshold.
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < atMost && WORD.exec(text) !== null) n++;
  return n;
}
