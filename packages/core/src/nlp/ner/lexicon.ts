import { type ClusterTable, clusterIds, decodeClusters } from './cluster-codec';
import { hashText } from './feature-hash';

/** A language's shipped word clusters, as a generated module writes them (cluster-codec.ts). */
export interface ClusterData {
  count: number;
  /** Bits of each granularity in a cluster id, coarsest first. */
  bits: readonly number[];
  blob: string;
}

/** A language's word usage table (build-clusters.ts): per word hash, its packed usage classes (features.ts). */
export interface WordUsageData {
  count: number;
  blob: string;
}

/**
 * What a language gives the tagger's word features besides the words themselves: its own word clusters, and
 * whether the gazetteer features apply. The gazetteer holds GeoNames cities (names as the world writes them)
 * beside English country, language and first names; a language's weights say whether it was trained with it
 * (train-ner.ts chose on each tune split).
 */
export interface NerLexicon {
  code: string;
  /** The cluster of a lower-cased word at the finest granularity, + 1; 0 for a word without one. */
  clusterOf(lower: string): number;
  /** Bits of the finest cluster id. */
  fineBits: number;
  gazetteer: boolean;
  /** The extra feature groups (NER_FEATURES bits) its weights were trained with; 0 for English. */
  features: number;
  /** The packed usage classes of a lower-cased word in the language's unlabelled text (wordUsage); 0 unknown. */
  usageOf(lower: string): number;
}

/**
 * Feature groups a language's model may add to the English feature set, as bits of the weights module's
 * MODEL_FEATURES. English has none, so it computes exactly the features its weights were trained with.
 */
export const NER_FEATURES = {
  /**
   * For a word in a run of capitalised words: the run's first and last words, and the word before the run
   * ("Deutsche Bank AG" reads "deutsche" at "AG"). German tune, five seeds: 0.618 → 0.630 on average.
   */
  runEdges: 1,
  /**
   * How the language's unlabelled text writes the word (how often in lower case, after an article, possessive or
   * article + adjective: "eine neue Regierung"), and how often other languages' labelled sets hold it in a name,
   * by type.
   * German capitalises every noun, so this tells "Regierung" from "Röttgen" where capitalisation cannot.
   */
  wordUsage: 2,
} as const;

/** Names of NER_FEATURES, as `train:ner --features` takes them. */
export type NerFeature = keyof typeof NER_FEATURES;

/** A lexicon whose clusters are decoded on first use. */
export function makeLexicon(
  code: string,
  clusters: ClusterData,
  gazetteer: boolean,
  features = 0,
  usage: WordUsageData | null = null,
): NerLexicon {
  let table: ClusterTable | null = null;
  let usageTable: ClusterTable | null = null;
  return {
    code,
    fineBits: clusters.bits.reduce((a, b) => a + b, 0),
    gazetteer,
    features,
    clusterOf(lower) {
      table ??= decodeClusters(clusters.count, clusters.blob);
      return clusterIds(table, hashText(lower));
    },
    usageOf(lower) {
      if (!usage) return 0;
      usageTable ??= decodeClusters(usage.count, usage.blob);
      return clusterIds(usageTable, hashText(lower));
    },
  };
}

/** A language's generated clusters module (build-clusters.ts, `--lang` for languages other than English). */
export interface NerClustersModule {
  CLUSTER_COUNT: number;
  CLUSTER_BITS: readonly number[];
  CLUSTER_BLOB: string;
  /** Per word hash its usage classes (word-usage.ts), where the language's tagger reads them. */
  WORD_USAGE_COUNT?: number;
  WORD_USAGE_BLOB?: string;
}

/** A language's lexicon from its generated clusters module, read with the feature groups its weights name. */
export function lexiconOf(
  code: string,
  clusters: NerClustersModule,
  gazetteer: boolean,
  features: number,
): NerLexicon {
  return makeLexicon(
    code,
    { count: clusters.CLUSTER_COUNT, bits: clusters.CLUSTER_BITS, blob: clusters.CLUSTER_BLOB },
    gazetteer,
    features,
    clusters.WORD_USAGE_BLOB
      ? { count: clusters.WORD_USAGE_COUNT ?? 0, blob: clusters.WORD_USAGE_BLOB }
      : null,
  );
}

/** A cluster (from clusterOf) cut to its first `bits` bits, + 1; 0 stays 0. */
export function clusterPrefix(lexicon: NerLexicon, cluster: number, bits: number): number {
  return cluster ? ((cluster - 1) >>> (lexicon.fineBits - bits)) + 1 : 0;
}
