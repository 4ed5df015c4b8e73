// The shipped weights, one base64 blob: per feature its 32-bit hash, a 32-bit mask of the tags it scores, its
// scale as a float32, then one signed byte per set bit. Sparse and quantised per feature: a few MB at most.

/** The tagger's weights in memory: an open-addressing table from feature hash to a row of tag scores. */
export interface NerModel {
  tags: readonly string[];
  keys: Uint32Array;
  rows: Int32Array;
  weights: Float32Array;
}

/** The row of a feature hash, or -1. */
export function rowOf(model: NerModel, key: number): number {
  const mask = model.keys.length - 1;
  let slot = key & mask;
  for (;;) {
    const k = model.keys[slot]!;
    if (k === key) return model.rows[slot]!;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Builds the in-memory model from hashes and dense weights (row i holds hash i's weights). */
export function buildModel(
  tags: readonly string[],
  hashes: ArrayLike<number>,
  weights: Float32Array,
): NerModel {
  let size = 1024;
  while (size < hashes.length * 2) size *= 2;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size);
  for (let i = 0; i < hashes.length; i++) {
    const key = hashes[i]!;
    let slot = key & (size - 1);
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & (size - 1);
    keys[slot] = key;
    rows[slot] = i;
  }
  return { tags, keys, rows, weights };
}

/** Packs dense weights into the shipped form, dropping weights smaller than `minWeight`. */
export function encodeModel(
  hashes: ArrayLike<number>,
  weights: ArrayLike<number>,
  tagCount: number,
  minWeight: number,
): { count: number; blob: string } {
  const bytes: number[] = [];
  const view = new DataView(new ArrayBuffer(4));
  const push32 = (write: () => void) => {
    write();
    for (let b = 0; b < 4; b++) bytes.push(view.getUint8(b));
  };
  let count = 0;
  for (let i = 0; i < hashes.length; i++) {
    let max = 0;
    for (let t = 0; t < tagCount; t++) max = Math.max(max, Math.abs(weights[i * tagCount + t]!));
    if (max < minWeight) continue;
    const scale = max / 127;
    let mask = 0;
    const values: number[] = [];
    for (let t = 0; t < tagCount; t++) {
      const w = weights[i * tagCount + t]!;
      const q = Math.abs(w) < minWeight ? 0 : Math.round(w / scale);
      if (q === 0) continue;
      mask |= 1 << t;
      values.push(q & 0xff);
    }
    count++;
    push32(() => view.setUint32(0, hashes[i]!, true));
    push32(() => view.setUint32(0, mask, true));
    push32(() => view.setFloat32(0, scale, true));
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
  let p = 0;
  for (let i = 0; i < count; i++) {
    hashes[i] = view.getUint32(p, true);
    const mask = view.getUint32(p + 4, true);
    const scale = view.getFloat32(p + 8, true);
    p += 12;
    for (let t = 0; t < tags.length; t++) {
      if (mask & (1 << t)) dense[i * tags.length + t] = view.getInt8(p++) * scale;
    }
  }
  return buildModel(tags, hashes, dense);
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
