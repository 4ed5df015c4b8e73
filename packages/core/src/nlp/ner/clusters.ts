import { lexiconOf, type NerLexicon } from './lexicon';
import * as clusters from './model/clusters.gen';
import * as weights from './model/weights.gen';

/**
 * English: its clusters (model/clusters.gen.ts) with their word usage table, and the gazetteer, which was built for
 * it; read with the feature groups its weights name (train-ner.ts writes MODEL_FEATURES when there are any).
 */
export const ENGLISH_LEXICON: NerLexicon = lexiconOf(
  'en',
  clusters,
  true,
  (weights as { MODEL_FEATURES?: number }).MODEL_FEATURES ?? 0,
);
