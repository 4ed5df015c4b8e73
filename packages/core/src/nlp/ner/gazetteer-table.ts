import { type ClusterTable, clusterIds, decodeClusters } from './cluster-codec';
import { GAZETTEER_BLOB, GAZETTEER_COUNT } from './model/gazetteer.gen';

// The tagger's large gazetteer (model/gazetteer.gen.ts): lower-cased names hashed to class bits. The low 3 bits
// are a GeoNames city's population bucket (1: 1k+, 2: 10k+, 3: 100k+, 4: 1M+), then these:
export const GAZ_COUNTRY = 8;
export const GAZ_LANGUAGE = 16;
export const GAZ_ORG_SUFFIX = 32;
/** Names of more words are not looked up. */
export const MAX_GAZ_WORDS = 4;

let table: ClusterTable | null = null;

/** The class bits of a lower-cased name's hash (words joined by one space), 0 if not in the gazetteer. */
export function gazetteerBits(hash: number): number {
  table ??= decodeClusters(GAZETTEER_COUNT, GAZETTEER_BLOB);
  return clusterIds(table, hash);
}

const FNV_PRIME = 0x01000193;

/** FNV-1a of `text` continued from an earlier state (hashText(a + b) = continueHash(hashText(a), b)). */
export function continueHash(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
