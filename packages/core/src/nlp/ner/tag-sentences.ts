import {
  CONTEXT_SLOTS,
  contextFeatures,
  type DocContext,
  INTRINSIC_SLOTS,
  PAIR_SLOTS,
  PREV_STATES,
  pairFeatures,
  readDocContext,
  seenFeature,
  transitionFeature,
  type WordInfo,
  wordInfo,
} from './features';
import { MODEL_BLOB, MODEL_COUNT, MODEL_TAGS } from './model/weights.gen';
import { decodeModel, type NerModel, rowOf } from './model-codec';
import { decodeTags, NER_TYPES, type NerSpan } from './tags';
import { viterbi } from './viterbi-decode';

let shipped: NerModel | null = null;

/** The shipped model, unpacked on first use. */
export function loadNerModel(): NerModel {
  shipped ??= decodeModel(MODEL_TAGS, MODEL_COUNT, MODEL_BLOB);
  return shipped;
}

// What a model makes of one distinct word: its intrinsic features' summed scores and the rows of its
// previous-tag features, computed the first time the word is met.
interface WordScores {
  info: WordInfo;
  score: Float32Array;
  pairRows: Int32Array;
}

interface Compiled {
  trans: Float64Array;
  words: Map<string, WordScores>;
}

const WORD_CACHE_LIMIT = 50_000;
const compiled = new WeakMap<NerModel, Compiled>();

function compile(model: NerModel): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  const T = model.tags.length;
  const trans = new Float64Array(PREV_STATES * T);
  for (let p = 0; p < PREV_STATES; p++) addRow(model, rowOf(model, transitionFeature(p)), trans, p * T);
  c = { trans, words: new Map() };
  compiled.set(model, c);
  return c;
}

function addRow(model: NerModel, row: number, into: Float32Array | Float64Array, at: number): void {
  if (row < 0) return;
  const T = model.tags.length;
  const w = model.weights;
  const base = row * T;
  for (let t = 0; t < T; t++) into[at + t]! += w[base + t]!;
}

function scoresOf(model: NerModel, c: Compiled, word: string): WordScores {
  let ws = c.words.get(word);
  if (ws) return ws;
  const info = wordInfo(word);
  const score = new Float32Array(model.tags.length);
  for (let k = 0; k < INTRINSIC_SLOTS; k++) {
    const f = info.intrinsic[k]!;
    if (f) addRow(model, rowOf(model, f), score, 0);
  }
  const keys = new Uint32Array(PREV_STATES * PAIR_SLOTS);
  for (let p = 0; p < PREV_STATES; p++) pairFeatures(keys, p * PAIR_SLOTS, p, info);
  const pairRows = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) pairRows[k] = rowOf(model, keys[k]!);
  ws = { info, score, pairRows };
  if (c.words.size >= WORD_CACHE_LIMIT) c.words.clear();
  c.words.set(word, ws);
  return ws;
}

let emit = new Float64Array(0);
let pair = new Float64Array(0);
let tags = new Int32Array(0);

function tagSentence(
  model: NerModel,
  c: Compiled,
  words: readonly string[],
  doc: DocContext,
  seen: Map<string, number>,
): NerSpan[] {
  const n = words.length;
  if (n === 0) return [];
  const T = model.tags.length;
  if (emit.length < n * T) {
    emit = new Float64Array(n * T * 2);
    pair = new Float64Array(n * PREV_STATES * T * 2);
    tags = new Int32Array(n * 2);
  }
  const scored = words.map((w) => scoresOf(model, c, w));
  const context = contextFeatures(
    scored.map((s) => s.info),
    doc,
  );
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const ws = scored[i]!;
    const at = i * T;
    for (let t = 0; t < T; t++) emit[at + t] = ws.score[t]!;
    for (let k = i * CONTEXT_SLOTS, end = k + CONTEXT_SLOTS; k < end; k++) {
      const f = context[k]!;
      if (f) addRow(model, rowOf(model, f), emit, at);
    }
    const s = seenFeature(seen.get(words[i]!) ?? 0, ws.info);
    if (s) addRow(model, rowOf(model, s), emit, at);
    const pairAt = i * PREV_STATES * T;
    pair.set(c.trans, pairAt);
    for (let p = 0; p < PREV_STATES; p++) {
      for (let k = 0; k < PAIR_SLOTS; k++) {
        const row = ws.pairRows[p * PAIR_SLOTS + k]!;
        if (row < 0) continue;
        const into = pairAt + p * T;
        for (let t = 0, base = row * T; t < T; t++) pair[into + t]! += w[base + t]!;
      }
    }
  }
  viterbi(n, emit, pair, tags);
  const spans = decodeTags(Array.from(tags.subarray(0, n), (t) => model.tags[t]!));
  for (const span of spans) {
    const seenAs = 1 + NER_TYPES.indexOf(span.type);
    for (let k = span.start; k < span.end; k++) seen.set(words[k]!, seenAs);
  }
  return spans;
}

/**
 * Finds PER, ORG, LOC and MISC names in a document given as sentences of words.
 * The document matters: later mentions of a word learn from earlier ones.
 */
export function tagSentences(sentences: readonly (readonly string[])[], model = loadNerModel()): NerSpan[][] {
  const doc = readDocContext(sentences);
  const seen = new Map<string, number>();
  const c = compile(model);
  return sentences.map((words) => tagSentence(model, c, words, doc, seen));
}
