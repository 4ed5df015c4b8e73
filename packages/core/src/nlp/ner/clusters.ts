import { makeLexicon, type NerLexicon } from './lexicon';
import { CLUSTER_BITS, CLUSTER_BLOB, CLUSTER_COUNT } from './model/clusters.gen';

/** English: its clusters (model/clusters.gen.ts) and the gazetteer, which was built for it. */
export const ENGLISH_LEXICON: NerLexicon = makeLexicon(
  'en',
  { count: CLUSTER_COUNT, bits: CLUSTER_BITS, blob: CLUSTER_BLOB },
  true,
);
