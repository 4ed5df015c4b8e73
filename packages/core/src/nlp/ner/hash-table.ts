// The open-addressing table the tagger's weights and its word clusters and gazetteer are looked up in: one
// Uint32Array of [key, value] pairs, key 0 marking an empty slot, linear probing, a power-of-two size at a load of
// at most 1/2 (short probes, and a table small enough to stay in cache).

/** An empty table with room for `keys` keys. */
export function newTable(keys: number): Uint32Array {
  let size = 1024;
  while (size < keys * 2) size *= 2;
  return new Uint32Array(size * 2);
}

/** Stores `value` under `key` (non-zero); a key stored twice keeps its last value. */
export function setKey(table: Uint32Array, key: number, value: number): void {
  const mask = (table.length >> 1) - 1;
  let slot = key & mask;
  while (table[slot << 1] !== 0 && table[slot << 1] !== key) slot = (slot + 1) & mask;
  table[slot << 1] = key;
  table[(slot << 1) + 1] = value;
}

/** The value stored under `key`, or -1 (values are unsigned, so -1 is never one). */
export function getKey(table: Uint32Array, key: number): number {
  const mask = (table.length >> 1) - 1;
  let slot = key & mask;
  for (;;) {
    const k = table[slot << 1]!;
    if (k === key) return table[(slot << 1) + 1]!;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}
