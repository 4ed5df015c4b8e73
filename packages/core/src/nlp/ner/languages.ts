import { CopydeskError } from '../../errors';
import { ENGLISH_LEXICON } from './clusters';
import { lexiconOf, type NerClustersModule, type NerLexicon } from './lexicon';
import { decodeModel, type NerModel } from './model-codec';
import { loadNerModel } from './tag-sentences';

// The entity tagger of each language. English ships in the main bundle; every other language's weights and
// clusters are generated modules of their own, imported only when that language is loaded, so that a browser
// bundle carries only the models it asks for. Italian has no labelled data here: its model is the Romance one,
// trained on Spanish gold and French and Portuguese silver data (README-ner-languages.md).

export type { NerClustersModule };

/** A language's generated weights module (train-ner.ts --lang). */
export interface NerWeightsModule {
  MODEL_TAGS: readonly string[];
  MODEL_COUNT: number;
  MODEL_BLOB: string;
  MODEL_GAZETTEER: boolean;
  /** The extra feature groups the weights were trained with (lexicon.ts NER_FEATURES); none when absent. */
  MODEL_FEATURES?: number;
}

/** A language's model as the tagger reads it: its weights (decoded on first use) and its lexicon. */
export interface NerTagger {
  code: string;
  lexicon: NerLexicon;
  model(): NerModel;
}

type Files = [NerClustersModule, NerWeightsModule];

// Literal import() calls, one pair per language, so that bundlers split each language into chunks of its own.
const LOADERS: Readonly<Record<string, () => Promise<Files>>> = {
  de: () => Promise.all([import('./model/de/clusters.gen'), import('./model/de/weights.gen')]),
  es: () => Promise.all([import('./model/es/clusters.gen'), import('./model/es/weights.gen')]),
  fr: () => Promise.all([import('./model/fr/clusters.gen'), import('./model/fr/weights.gen')]),
  it: () => Promise.all([import('./model/it/clusters.gen'), import('./model/it/weights.gen')]),
  nl: () => Promise.all([import('./model/nl/clusters.gen'), import('./model/nl/weights.gen')]),
  pt: () => Promise.all([import('./model/pt/clusters.gen'), import('./model/pt/weights.gen')]),
};

/** Languages with an entity model: English, always loaded, and those loadLanguage fetches. */
export const NER_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

const ENGLISH: NerTagger = { code: 'en', lexicon: ENGLISH_LEXICON, model: loadNerModel };
const taggers = new Map<string, NerTagger>([['en', ENGLISH]]);
const pending = new Map<string, Promise<void>>();

/** Makes a language's model available to the tagger from its generated modules (loadLanguage, or eagerly). */
export function registerNerLanguage(
  code: string,
  clusters: NerClustersModule,
  weights: NerWeightsModule,
): void {
  let model: NerModel | null = null;
  taggers.set(code, {
    code,
    lexicon: lexiconOf(code, clusters, weights.MODEL_GAZETTEER, weights.MODEL_FEATURES ?? 0),
    model() {
      model ??= decodeModel(weights.MODEL_TAGS, weights.MODEL_COUNT, weights.MODEL_BLOB);
      return model;
    },
  });
}

/** Whether copydesk has an entity model for a language (loaded or not); code is a primary subtag. */
export function hasNerModel(code: string): boolean {
  return NER_LANGUAGES.includes(code);
}

/** The loaded tagger of a language, or null when its model is not loaded (or there is none). */
export function nerTaggerFor(code: string): NerTagger | null {
  return taggers.get(code) ?? null;
}

/** Loads a language's entity model; resolves at once for English, a loaded language, or one without a model. */
export function loadNerLanguage(code: string): Promise<void> {
  const load = LOADERS[code];
  if (taggers.has(code) || !load) return Promise.resolve();
  let p = pending.get(code);
  if (!p) {
    p = load().then(
      ([clusters, weights]) => {
        registerNerLanguage(code, clusters, weights);
        pending.delete(code);
      },
      (cause: unknown) => {
        pending.delete(code);
        throw new CopydeskError('INTERNAL', `could not load the ${code} entity model`, { cause });
      },
    );
    pending.set(code, p);
  }
  return p;
}
