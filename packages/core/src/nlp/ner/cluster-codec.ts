// The shipped word clusters: per word only the 32-bit hashText of its lower case and its cluster ids, never the
// word. Sorted by hash; each entry a varint of the hash's delta from the one before, then its packed ids as a
// varint. Base64 in a generated file.

import { getKey, newTable, setKey } from './hash-table';

/** Packs (hash, packed cluster ids) pairs; hashes must be distinct. */
export function encodeClusters(entries: readonly (readonly [number, number])[]): string {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  const varint = (value: number) => {
    let v = value >>> 0;
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  let last = 0;
  for (const [hash, ids] of sorted) {
    varint(hash - last);
    varint(ids);
    last = hash;
  }
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.slice(i, i + CHUNK));
  return btoa(binary);
}

/** An open-addressing table from word hash to packed cluster ids (0 = not clustered). */
export interface ClusterTable {
  /** table[2 * slot] a hash (0 = empty slot), table[2 * slot + 1] its ids. */
  table: Uint32Array;
  count: number;
}

/** Unpacks the shipped form into a lookup table. */
export function decodeClusters(count: number, blob: string): ClusterTable {
  const binary = atob(blob);
  const table = newTable(count);
  let p = 0;
  const varint = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = binary.charCodeAt(p++);
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v >>> 0;
      shift += 7;
    }
  };
  let hash = 0;
  for (let i = 0; i < count; i++) {
    hash = (hash + varint()) >>> 0;
    const ids = varint();
    // Hash 0 would read as an empty slot; such a word goes unclustered.
    if (hash === 0) continue;
    setKey(table, hash, ids);
  }
  return { table, count };
}

/** The packed cluster ids of a word hash, or 0. */
export function clusterIds(clusters: ClusterTable, hash: number): number {
  const ids = getKey(clusters.table, hash);
  // A miss (-1) reads as "not clustered".
  return Math.max(ids, 0);
}
