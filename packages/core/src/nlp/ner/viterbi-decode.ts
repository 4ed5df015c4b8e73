import { PREV_STATES, START_PREV } from './features';
import { TAGS } from './tags';

const T = TAGS.length;

// BILOU transitions: inside a span only I/L of the same type may follow; outside, only O, B or U.
function allowed(prev: string, next: string): boolean {
  const open = prev[0] === 'B' || prev[0] === 'I';
  if (open) return (next[0] === 'I' || next[0] === 'L') && next.slice(2) === prev.slice(2);
  return next === 'O' || next[0] === 'B' || next[0] === 'U';
}

/** ALLOWED[p * T + t]: tag t may follow previous state p (a tag, or START_PREV for the sentence start). */
export const ALLOWED: Uint8Array = Uint8Array.from(
  Array.from({ length: PREV_STATES }, (_, p) =>
    TAGS.map((next) => (allowed(p === START_PREV ? 'O' : TAGS[p]!, next) ? 1 : 0)),
  ).flat(),
);
/** Tags a sentence may end on. */
export const END_OK: Uint8Array = Uint8Array.from(
  TAGS.map((t) => (t === 'O' || t[0] === 'L' || t[0] === 'U' ? 1 : 0)),
);

// The tags each tag may follow (previous states other than the sentence start), so the inner loop skips the rest.
const PREDECESSORS: Int32Array[] = TAGS.map((_, t) =>
  Int32Array.from(TAGS.map((_, p) => p).filter((p) => ALLOWED[p * T + t])),
);

let delta = new Float64Array(0);
let back = new Int32Array(0);

/**
 * The best legal BILOU tag sequence for one sentence of n words (exact first-order Viterbi). Tag t at word i after
 * state p (a tag, or START_PREV) scores emit[i * T + t] + trans[p * T + t] + pairs[i][p * T + t] (a null
 * pairs[i] adds nothing): emission, transition, and the word's previous-tag features. Writes the tags to out.
 */
export function viterbi(
  n: number,
  emit: Float64Array,
  trans: ArrayLike<number>,
  pairs: readonly (ArrayLike<number> | null)[],
  out: Int32Array,
): void {
  if (n === 0) return;
  if (delta.length < n * T) {
    delta = new Float64Array(n * T * 2);
    back = new Int32Array(n * T * 2);
  }
  const NEG = Number.NEGATIVE_INFINITY;
  const startRow = START_PREV * T;
  const first = pairs[0];
  for (let t = 0; t < T; t++) {
    delta[t] = ALLOWED[startRow + t]
      ? emit[t]! + trans[startRow + t]! + (first ? first[startRow + t]! : 0)
      : NEG;
    back[t] = START_PREV;
  }
  for (let i = 1; i < n; i++) {
    const here = i * T;
    const before = here - T;
    const pair = pairs[i];
    for (let t = 0; t < T; t++) {
      const preds = PREDECESSORS[t]!;
      let best = NEG;
      let arg = -1;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const v = delta[before + p]! + trans[p * T + t]! + (pair ? pair[p * T + t]! : 0);
        // -Infinity (an unreachable state) never wins.
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[here + t] = arg < 0 ? NEG : best + emit[here + t]!;
      back[here + t] = arg;
    }
  }
  const last = (n - 1) * T;
  let bestT = -1;
  for (let t = 0; t < T; t++) {
    if (!END_OK[t] || delta[last + t] === NEG) continue;
    if (bestT < 0 || delta[last + t]! > delta[last + bestT]!) bestT = t;
  }
  // Every sentence has a legal path (all O), so bestT is found.
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestT;
    bestT = back[i * T + bestT]!;
  }
}
