import { describe, expect, it } from 'vitest';
import { PREV_STATES, START_PREV } from './features';
import { TAGS } from './tags';
import { ALLOWED, END_OK, packStep, STEP_SIZE, viterbi } from './viterbi-decode';

const T = TAGS.length;
const tag = (name: string) => TAGS.indexOf(name);

function table(n: number, fill: number): { emit: Float64Array; pair: Float64Array } {
  return { emit: new Float64Array(n * T).fill(fill), pair: new Float64Array(n * PREV_STATES * T) };
}

function decode(n: number, emit: Float64Array, pair: Float64Array): string[] {
  const out = new Int32Array(n);
  const steps = Array.from({ length: n }, (_, i) => {
    const step = new Float64Array(STEP_SIZE);
    const rows = pair.subarray(i * PREV_STATES * T, (i + 1) * PREV_STATES * T);
    packStep(new Float64Array(PREV_STATES * T), rows, step);
    return step;
  });
  viterbi(n, emit, steps, out);
  return Array.from(out, (t) => TAGS[t]!);
}

function scoreOf(tags: readonly number[], emit: Float64Array, pair: Float64Array): number {
  let s = 0;
  tags.forEach((t, i) => {
    const p = i ? tags[i - 1]! : START_PREV;
    s += emit[i * T + t]! + pair[(i * PREV_STATES + p) * T + t]!;
  });
  return s;
}

function legal(tags: readonly number[]): boolean {
  return (
    tags.every((t, i) => ALLOWED[(i ? tags[i - 1]! : START_PREV) * T + t]) && !!END_OK[tags[tags.length - 1]!]
  );
}

describe('viterbi', () => {
  it('finds the best whole sequence where greedy takes the best first word', () => {
    // Greedy: U-PER (5) then only O (0) may follow = 5; the best legal sequence is B-PER L-PER = 4 + 3.
    const { emit, pair } = table(2, -10);
    emit[tag('U-PER')] = 5;
    emit[tag('B-PER')] = 4;
    emit[T + tag('O')] = 0;
    emit[T + tag('L-PER')] = 3;
    expect(decode(2, emit, pair)).toEqual(['B-PER', 'L-PER']);
  });

  it('never takes an illegal transition, however well it scores', () => {
    const { emit, pair } = table(3, 0);
    emit[tag('O')] = 1;
    emit[T + tag('I-LOC')] = 100;
    emit[2 * T + tag('L-ORG')] = 100;
    pair[(1 * PREV_STATES + tag('O')) * T + tag('L-PER')] = 50;
    const tags = decode(3, emit, pair).map(tag);
    expect(legal(tags)).toBe(true);
  });

  it('never ends a sentence inside a span', () => {
    const { emit, pair } = table(1, 0);
    emit[tag('B-ORG')] = 9;
    expect(decode(1, emit, pair)).toEqual(['O']);
  });

  it('equals the brute-force best legal sequence on random score tables', () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed / 2 ** 32) * 10 - 5;
    };
    for (let round = 0; round < 20; round++) {
      const n = 1 + (round % 3);
      const { emit, pair } = table(n, 0);
      for (let k = 0; k < emit.length; k++) emit[k] = random();
      for (let k = 0; k < pair.length; k++) pair[k] = random();
      let best = Number.NEGATIVE_INFINITY;
      const walk = (prefix: number[]) => {
        if (prefix.length === n) {
          if (legal(prefix)) best = Math.max(best, scoreOf(prefix, emit, pair));
          return;
        }
        for (let t = 0; t < T; t++) walk([...prefix, t]);
      };
      walk([]);
      const tags = decode(n, emit, pair).map(tag);
      expect(legal(tags)).toBe(true);
      expect(scoreOf(tags, emit, pair)).toBeCloseTo(best, 9);
    }
  });
});
