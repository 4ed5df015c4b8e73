import { type ClusterTable, clusterIds, decodeClusters } from './cluster-codec';
import { hashText } from './feature-hash';
import { CLUSTER_BITS, CLUSTER_BLOB, CLUSTER_COUNT } from './model/clusters.gen';

let shipped: ClusterTable | null = null;
const FINE_BITS = CLUSTER_BITS.reduce((a, b) => a + b, 0);

/** The cluster of a lower-cased word at the finest granularity, + 1; 0 for a word without one. */
export function clusterOf(lower: string): number {
  shipped ??= decodeClusters(CLUSTER_COUNT, CLUSTER_BLOB);
  return clusterIds(shipped, hashText(lower));
}

/** A cluster (from clusterOf) cut to its first `bits` bits, + 1; 0 stays 0. */
export function clusterPrefix(cluster: number, bits: number): number {
  return cluster ? ((cluster - 1) >>> (FINE_BITS - bits)) + 1 : 0;
}
