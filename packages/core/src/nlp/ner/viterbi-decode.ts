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
// Where tag t's predecessors start in a step table; the sentence-start block follows them all.
const OFFSETS: Int32Array = new Int32Array(T + 1);
for (let t = 0; t < T; t++) OFFSETS[t + 1] = OFFSETS[t]! + PREDECESSORS[t]!.length;
const START_BLOCK = OFFSETS[T]!;

/** Entries of a step table: one per legal (previous tag, tag) pair, then one per tag after the sentence start. */
export const STEP_SIZE = START_BLOCK + T;

/**
 * Packs the scores of tag t after state p, `trans[p * T + t] + pair[p * T + t]` (pair may be null), into a step
 * table: only legal pairs, in the order the decoder reads them.
 */
export function packStep(
  trans: ArrayLike<number>,
  pair: ArrayLike<number> | null,
  out: Float32Array | Float64Array,
): void {
  for (let t = 0; t < T; t++) {
    const preds = PREDECESSORS[t]!;
    for (let k = 0; k < preds.length; k++) {
      const at = preds[k]! * T + t;
      out[OFFSETS[t]! + k] = trans[at]! + (pair ? pair[at]! : 0);
    }
    const at = START_PREV * T + t;
    out[START_BLOCK + t] = ALLOWED[at] ? trans[at]! + (pair ? pair[at]! : 0) : Number.NEGATIVE_INFINITY;
  }
}

let delta = new Float64Array(0);
let back = new Int32Array(0);

/**
 * The best legal BILOU tag sequence for one sentence of n words (exact first-order Viterbi). Tag t at word i after
 * state p scores emit[i * T + t] plus steps[i]'s entry for (p, t) (see packStep: transition and the word's
 * previous-tag features). Writes the tags to out[0, n).
 */
export function viterbi(
  n: number,
  emit: Float64Array,
  steps: readonly ArrayLike<number>[],
  out: Int32Array,
): void {
  if (n === 0) return;
  if (delta.length < n * T) {
    delta = new Float64Array(n * T * 2);
    back = new Int32Array(n * T * 2);
  }
  const NEG = Number.NEGATIVE_INFINITY;
  const first = steps[0]!;
  for (let t = 0; t < T; t++) {
    delta[t] = emit[t]! + first[START_BLOCK + t]!;
    back[t] = START_PREV;
  }
  for (let i = 1; i < n; i++) {
    const here = i * T;
    const before = here - T;
    const step = steps[i]!;
    for (let t = 0; t < T; t++) {
      const preds = PREDECESSORS[t]!;
      const off = OFFSETS[t]!;
      let best = NEG;
      let arg = -1;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        // -Infinity (an unreachable state) never wins.
        const v = delta[before + p]! + step[off + k]!;
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
