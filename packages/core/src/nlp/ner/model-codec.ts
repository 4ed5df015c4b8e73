import { CopydeskError } from '../../errors';
import { getKey, newTable, setKey } from './hash-table';

// The shipped weights, one base64 blob: per feature its 32-bit hash, a 24-bit mask of the tags it scores, its
// scale as one byte (2^(b/16 - 8)), then one signed byte per set bit. Sparse and quantised per feature.

const MAX_TAGS = 24;

/** The byte whose scale 2^(b/16 - 8) is the smallest at least `scale`, so that weights fit in ±127. */
function scaleByte(scale: number): number {
  return Math.max(0, Math.min(255, Math.ceil((Math.log2(scale) + 8) * 16)));
}

function scaleOf(byte: number): number {
  return 2 ** (byte / 16 - 8);
}

/**
 * The tagger's weights in memory: an open-addressing table of (feature hash, row) pairs side by side, so that a
 * probe reads one cache line, and the rows of tag scores. Built once, when the model is decoded.
 */
export interface NerModel {
  tags: readonly string[];
  /** table[2 * slot] is a feature hash (0 = empty), table[2 * slot + 1] its row; slots a power of two. */
  table: Uint32Array;
  /** Row r's score for tag t is weights[r * tags.length + t]. */
  weights: Float32Array;
  /** The same weights as shipped, one signed byte each times its row's scale: a quarter of the memory to read. */
  quantised?: { values: Int8Array; scales: Float32Array };
}

/** The row of a feature hash, or -1. */
export function rowOf(model: NerModel, key: number): number {
  return getKey(model.table, key);
}

/** Builds the in-memory model from hashes and dense weights (row i holds hash i's weights). */
export function buildModel(
  tags: readonly string[],
  hashes: ArrayLike<number>,
  weights: Float32Array,
): NerModel {
  const table = newTable(hashes.length);
  for (let i = 0; i < hashes.length; i++) setKey(table, hashes[i]!, i);
  return { tags, table, weights };
}

/** Packs dense weights into the shipped form, dropping weights smaller than `minWeight`. */
export function encodeModel(
  hashes: ArrayLike<number>,
  weights: ArrayLike<number>,
  tagCount: number,
  minWeight: number,
): { count: number; blob: string } {
  if (tagCount > MAX_TAGS)
    throw new CopydeskError('INTERNAL', `the model codec holds at most ${MAX_TAGS} tags`);
  const bytes: number[] = [];
  let count = 0;
  for (let i = 0; i < hashes.length; i++) {
    let max = 0;
    for (let t = 0; t < tagCount; t++) max = Math.max(max, Math.abs(weights[i * tagCount + t]!));
    if (max < minWeight) continue;
    const code = scaleByte(max / 127);
    const scale = scaleOf(code);
    let mask = 0;
    const values: number[] = [];
    for (let t = 0; t < tagCount; t++) {
      const w = weights[i * tagCount + t]!;
      const q = Math.abs(w) < minWeight ? 0 : Math.max(-127, Math.min(127, Math.round(w / scale)));
      if (q === 0) continue;
      mask |= 1 << t;
      values.push(q & 0xff);
    }
    if (!mask) continue;
    count++;
    const h = hashes[i]!;
    bytes.push(h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, (h >>> 24) & 0xff);
    bytes.push(mask & 0xff, (mask >>> 8) & 0xff, (mask >>> 16) & 0xff, code);
    bytes.push(...values);
  }
  return { count, blob: toBase64(Uint8Array.from(bytes)) };
}

/** Unpacks the shipped form. */
export function decodeModel(tags: readonly string[], count: number, blob: string): NerModel {
  const bytes = fromBase64(blob);
  const view = new DataView(bytes.buffer);
  const hashes = new Uint32Array(count);
  const dense = new Float32Array(count * tags.length);
  const values = new Int8Array(count * tags.length);
  const scales = new Float32Array(count);
  let p = 0;
  for (let i = 0; i < count; i++) {
    hashes[i] = view.getUint32(p, true);
    const mask = bytes[p + 4]! | (bytes[p + 5]! << 8) | (bytes[p + 6]! << 16);
    const scale = scaleOf(bytes[p + 7]!);
    scales[i] = scale;
    p += 8;
    for (let t = 0; t < tags.length; t++) {
      if (!(mask & (1 << t))) continue;
      values[i * tags.length + t] = view.getInt8(p);
      dense[i * tags.length + t] = view.getInt8(p++) * scale;
    }
  }
  return { ...buildModel(tags, hashes, dense), quantised: { values, scales } };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
