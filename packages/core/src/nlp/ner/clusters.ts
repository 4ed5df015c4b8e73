import { makeLexicon, type NerLexicon } from './lexicon';
import * as clusters from './model/clusters.gen';
import * as weights from './model/weights.gen';

// The English weights say which extra feature groups they read (train-ner.ts writes MODEL_FEATURES when any).
const features = (weights as { MODEL_FEATURES?: number }).MODEL_FEATURES ?? 0;
const usage = clusters as { WORD_USAGE_COUNT?: number; WORD_USAGE_BLOB?: string };

/** English: its clusters (model/clusters.gen.ts), its word usage table and the gazetteer, which was built for it. */
export const ENGLISH_LEXICON: NerLexicon = makeLexicon(
  'en',
  { count: clusters.CLUSTER_COUNT, bits: clusters.CLUSTER_BITS, blob: clusters.CLUSTER_BLOB },
  true,
  features,
  usage.WORD_USAGE_BLOB ? { count: usage.WORD_USAGE_COUNT ?? 0, blob: usage.WORD_USAGE_BLOB } : null,
);
