import type { CasualtyWords, NumberWords } from '../../languages/types';
import type { Token } from '../../nlp/annotate';
import { type CountPhrase, readCountPhrase } from './read-count-phrase';

// What opens a breakdown after a casualty count: "… were killed – 31 pro-regime forces and …".
const OPENERS = new Set(['–', '—', '-', ':']);
const JOINERS = new Set([',', ';']);
// How far after the count its breakdown may open; the seed's "killed in the three days of ferocious combat to
// retake the town –" is 11 tokens. A bound keeps a sentence of a million tokens linear (bench/scaling.ts).
const MAX_OPENER_DISTANCE = 20;

/**
 * The counts that break a casualty count down, after token `after` in its sentence: each a count of
 * named people ("31 pro-regime forces", "at least 50 IS militants"). Empty when there is no such list.
 */
export function findBreakdown(
  w: CasualtyWords,
  numbers: NumberWords,
  tokens: readonly Token[],
  after: number,
  used: ReadonlySet<number>,
): CountPhrase[] {
  const sentence = tokens[after]!.sentence;
  let j = after + 1;
  const limit = Math.min(tokens.length, after + 1 + MAX_OPENER_DISTANCE);
  while (
    j < limit &&
    tokens[j]!.sentence === sentence &&
    !OPENERS.has(tokens[j]!.text) &&
    !w.breakdownOpeners.has(tokens[j]!.text)
  )
    j++;
  if (j >= limit || tokens[j]!.sentence !== sentence) return [];
  const parts: CountPhrase[] = [];
  j++;
  while (j < tokens.length && tokens[j]!.sentence === sentence) {
    const number = firstNumber(w, numbers, tokens, j);
    const part = number === null || used.has(number) ? null : readCountPhrase(w, numbers, tokens, number);
    if (!part?.who || part.first !== j) break;
    parts.push(part);
    j = part.last + 1;
    while (j < tokens.length && (JOINERS.has(tokens[j]!.lower) || w.breakdownJoiners.has(tokens[j]!.lower)))
      j++;
  }
  return parts;
}

// The number in a phrase that starts at `j` with up to three qualifier words ("at least 50").
function firstNumber(
  w: CasualtyWords,
  numbers: NumberWords,
  tokens: readonly Token[],
  j: number,
): number | null {
  for (let k = j; k < j + 4 && k < tokens.length; k++) {
    const part = readCountPhrase(w, numbers, tokens, k);
    if (part && part.first === j) return k;
  }
  return null;
}
