import { hashText } from './feature-hash';
import { type DocContext, HISTORY_SLOTS, historyFeatures, STATIC_SLOTS, sentenceFeatures } from './features';
import { decodeTags, type NerSpan, TAGS } from './tags';
import { shapeOf } from './word-shape';

/** Adds the scores of the features in `features[from, to)` for every tag into `scores`. */
export type Scorer = (features: Uint32Array, from: number, to: number, scores: Float64Array) => void;

/** Called after each word with its static and history features and the tag chosen; training learns here. */
export type OnStep = (word: number, features: Uint32Array, history: Uint32Array, chosen: number) => void;

// BILOU transitions: inside a span only I/L of the same type may follow; outside, only O, B or U.
function allowed(prev: string, next: string): boolean {
  const open = prev[0] === 'B' || prev[0] === 'I';
  if (open) return (next[0] === 'I' || next[0] === 'L') && next.slice(2) === prev.slice(2);
  return next === 'O' || next[0] === 'B' || next[0] === 'U';
}

const ALLOWED: boolean[][] = ['O', ...TAGS].map((prev) => TAGS.map((next) => allowed(prev, next)));
const END_OK = TAGS.map((t) => t === 'O' || t[0] === 'L' || t[0] === 'U');
const NO_TAG = TAGS.length + 1;
const TYPE_OF = TAGS.map((t) => (t === 'O' ? 0 : hashText(t.slice(2))));

/**
 * Tags one sentence left to right, each word seeing the tags before it and the type the document gave the same
 * word earlier (`seen`, updated here).
 */
export function decodeSentence(
  words: readonly string[],
  doc: DocContext,
  seen: Map<string, number>,
  score: Scorer,
  onStep?: OnStep,
): NerSpan[] {
  const base = sentenceFeatures(words, doc);
  const history = new Uint32Array(HISTORY_SLOTS);
  const chosen: number[] = [];
  const scores = new Float64Array(TAGS.length);
  let prevRow = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = i > 0 ? chosen[i - 1]! : NO_TAG;
    const prev2 = i > 1 ? chosen[i - 2]! : NO_TAG;
    historyFeatures(history, hashText(w), hashText(shapeOf(w)), prev, prev2, seen.get(w) ?? 1);
    scores.fill(0);
    score(base, i * STATIC_SLOTS, (i + 1) * STATIC_SLOTS, scores);
    score(history, 0, HISTORY_SLOTS, scores);
    const row = ALLOWED[prevRow]!;
    const last = i === words.length - 1;
    let best = -1;
    for (let t = 0; t < TAGS.length; t++) {
      if (!row[t] || (last && !END_OK[t])) continue;
      if (best < 0 || scores[t]! > scores[best]!) best = t;
    }
    onStep?.(i, base.subarray(i * STATIC_SLOTS, (i + 1) * STATIC_SLOTS), history, best);
    chosen.push(best);
    prevRow = best + 1;
  }
  const spans = decodeTags(chosen.map((t) => TAGS[t]!));
  for (const s of spans) for (let k = s.start; k < s.end; k++) seen.set(words[k]!, TYPE_OF[chosen[k]!]!);
  return spans;
}
