import { readDocContext } from './features';
import { decodeSentence, type Scorer } from './greedy-decode';
import { MODEL_BLOB, MODEL_COUNT, MODEL_TAGS } from './model/weights.gen';
import { decodeModel, type NerModel, rowOf } from './model-codec';
import type { NerSpan } from './tags';

let shipped: NerModel | null = null;

/** The shipped model, unpacked on first use. */
export function loadNerModel(): NerModel {
  shipped ??= decodeModel(MODEL_TAGS, MODEL_COUNT, MODEL_BLOB);
  return shipped;
}

/** A scorer over an in-memory model. */
export function scorerOf(model: NerModel): Scorer {
  const { weights } = model;
  const n = model.tags.length;
  return (features, from, to, scores) => {
    for (let i = from; i < to; i++) {
      const key = features[i]!;
      if (key === 0) continue;
      const row = rowOf(model, key);
      if (row < 0) continue;
      const base = row * n;
      for (let t = 0; t < n; t++) scores[t]! += weights[base + t]!;
    }
  };
}

/**
 * Finds PER, ORG, LOC and MISC names in a document given as sentences of words.
 * The document matters: later mentions of a word learn from earlier ones.
 */
export function tagSentences(sentences: readonly (readonly string[])[], model = loadNerModel()): NerSpan[][] {
  const doc = readDocContext(sentences);
  const seen = new Map<string, number>();
  const score = scorerOf(model);
  return sentences.map((words) => decodeSentence(words, doc, seen, score));
}
