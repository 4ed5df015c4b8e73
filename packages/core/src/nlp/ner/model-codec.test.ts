import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, rowOf } from './model-codec';

describe('model codec', () => {
  const tags = ['O', 'U-PER', 'U-LOC'];
  const hashes = [17, 4242, 99];
  const weights = [1.5, -0.25, 0, 0.01, 0.02, -0.01, 0, 8, -3];

  it('keeps weights within a quantisation step and drops the tiny ones', () => {
    const packed = encodeModel(hashes, weights, tags.length, 0.1);
    expect(packed.count).toBe(2);
    const model = decodeModel(tags, packed.count, packed.blob);
    expect(rowOf(model, 4242)).toBe(-1);
    const row = (h: number) => Array.from(model.weights.slice(rowOf(model, h) * 3, rowOf(model, h) * 3 + 3));
    for (const [t, w] of row(17).entries()) expect(w).toBeCloseTo(weights[t]!, 1);
    for (const [t, w] of row(99).entries()) expect(w).toBeCloseTo(weights[6 + t]!, 1);
    expect(rowOf(model, 12345)).toBe(-1);
  });

  it('keeps a quantised copy equal to the decoded weights', () => {
    const packed = encodeModel(hashes, weights, tags.length, 0.1);
    const model = decodeModel(tags, packed.count, packed.blob);
    const { values, scales } = model.quantised!;
    model.weights.forEach((w, k) => {
      expect(values[k]! * scales[Math.floor(k / tags.length)]!).toBeCloseTo(w, 4);
    });
  });
});
