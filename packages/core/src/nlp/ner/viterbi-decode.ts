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

let delta = new Float64Array(0);
let back = new Int32Array(0);

/**
 * The best legal BILOU tag sequence for one sentence of n words (exact first-order Viterbi).
 * `emit[i * T + t]` scores tag t at word i; `pair[(i * PREV_STATES + p) * T + t]` scores tag t at word i after
 * state p (transition and previous-tag features). Writes the tags to out[0, n).
 */
export function viterbi(n: number, emit: Float64Array, pair: Float64Array, out: Int32Array): void {
  if (n === 0) return;
  if (delta.length < n * T) {
    delta = new Float64Array(n * T * 2);
    back = new Int32Array(n * T * 2);
  }
  const NEG = Number.NEGATIVE_INFINITY;
  const startRow = START_PREV * T;
  for (let t = 0; t < T; t++) {
    delta[t] = ALLOWED[startRow + t] ? emit[t]! + pair[startRow + t]! : NEG;
    back[t] = START_PREV;
  }
  for (let i = 1; i < n; i++) {
    const here = i * T;
    const before = here - T;
    const pairBase = i * PREV_STATES * T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = -1;
      for (let p = 0; p < T; p++) {
        const d = delta[before + p]!;
        if (d === NEG || !ALLOWED[p * T + t]) continue;
        const v = d + pair[pairBase + p * T + t]!;
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
