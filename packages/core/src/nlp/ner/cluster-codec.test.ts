import { describe, expect, it } from 'vitest';
import { clusterIds, decodeClusters, encodeClusters } from './cluster-codec';
import { ENGLISH_LEXICON } from './clusters';
import { hashText } from './feature-hash';
import { clusterPrefix } from './lexicon';

const clusterOf = (lower: string) => ENGLISH_LEXICON.clusterOf(lower);

describe('cluster codec', () => {
  it('round-trips hashes and ids, whatever their order, and misses unknown hashes', () => {
    const entries: [number, number][] = [
      [0xffffffff, 4096],
      [hashText('london'), 3],
      [1, 1],
      [0x80000000, 123456789],
    ];
    const table = decodeClusters(entries.length, encodeClusters(entries));
    for (const [hash, ids] of entries) expect(clusterIds(table, hash)).toBe(ids);
    expect(clusterIds(table, hashText('not a word here'))).toBe(0);
  });

  it('puts the shipped clusters of like words together and cuts ids to prefixes', () => {
    expect(clusterOf('monday')).toBeGreaterThan(0);
    const prefix = (cluster: number, bits: number) => clusterPrefix(ENGLISH_LEXICON, cluster, bits);
    expect(prefix(clusterOf('tuesday'), 9)).toBe(prefix(clusterOf('wednesday'), 9));
    expect(prefix(0, 6)).toBe(0);
  });
});
