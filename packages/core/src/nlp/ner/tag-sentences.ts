import { ENGLISH_LEXICON } from './clusters';
import {
  contextFeatures,
  type DocContext,
  INTRINSIC_SLOTS,
  JOINT_SLOTS,
  neighbourFeatures,
  PAIR_SLOTS,
  PREV_STATES,
  pairFeatures,
  ROLE_OFFSETS,
  ROLE_SLOTS,
  ROLES,
  readDocContext,
  seenFeature as seenFeatureOf,
  transitionFeature,
  type WordInfo,
  wordInfo,
} from './features';
import type { NerLexicon } from './lexicon';
import { MODEL_BLOB, MODEL_COUNT, MODEL_TAGS } from './model/weights.gen';
import { decodeModel, type NerModel, rowOf } from './model-codec';
import { decodeTags, NER_TYPES, type NerSpan } from './tags';
import { packStep, STEP_SIZE, viterbi } from './viterbi-decode';

let shipped: NerModel | null = null;

/** The shipped English model, unpacked on first use. */
export function loadNerModel(): NerModel {
  shipped ??= decodeModel(MODEL_TAGS, MODEL_COUNT, MODEL_BLOB);
  return shipped;
}

// Module constants copied once: imported bindings read in hot loops cost a getter call under some loaders.
const JOINT = JOINT_SLOTS;
const seenFeature = seenFeatureOf;
const INTRINSIC = INTRINSIC_SLOTS;
const PREV = PREV_STATES;

// What a model makes of one distinct word, computed the first time the word is met: its intrinsic features'
// summed scores, its neighbour-role scores and its step table (the previous-tag scores are only packed into it,
// not kept: they are the bulk of a word's memory, and the cache holds tens of thousands of words).
interface WordScores {
  info: WordInfo;
  /**
   * Its own scores (tags 0 … T - 1), then the scores it gives the word it stands beside, per neighbour role
   * (ROLE_OFFSETS): one array, so that a word's every score is read from adjacent memory in one go.
   */
  scores: Float32Array;
  /** Transition and previous-tag scores packed for the decoder (packStep). */
  step: Float64Array;
}

interface Compiled {
  trans: Float64Array;
  /** The step table of a word without previous-tag features. */
  plainStep: Float64Array;
  /** Role scores of the sentence boundary, laid out as a word's scores (its own part zero). */
  edge: Float32Array;
  words: Map<string, WordScores>;
  lexicon: NerLexicon;
}

const WORD_CACHE_LIMIT = 50_000;
const compiled = new WeakMap<NerModel, Compiled>();

// A model is trained with one lexicon's features, so a model compiles once, with the lexicon it is first used with.
function compile(model: NerModel, lexicon: NerLexicon): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  const T = model.tags.length;
  const trans = new Float64Array(PREV * T);
  for (let p = 0; p < PREV; p++) addRow(model, rowOf(model, transitionFeature(p)), trans, p * T);
  const plainStep = new Float64Array(STEP_SIZE);
  packStep(trans, null, plainStep);
  c = { trans, plainStep, edge: edgeScores(model), words: new Map(), lexicon };
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

const pairKeys = new Uint32Array(PAIR_SLOTS);
const roleKeys = new Uint32Array(ROLE_SLOTS);

/** Adds the neighbour-role scores of a word (null: the sentence boundary) into scores[T, (1 + ROLES) * T). */
function addRoleScores(model: NerModel, info: WordInfo | null, scores: Float32Array): void {
  const T = model.tags.length;
  for (let role = 0; role < ROLES; role++) {
    neighbourFeatures(info, role, roleKeys, 0);
    for (let k = 0; k < ROLE_SLOTS; k++)
      if (roleKeys[k]) addRow(model, rowOf(model, roleKeys[k]!), scores, (1 + role) * T);
  }
}

function edgeScores(model: NerModel): Float32Array {
  const scores = new Float32Array((1 + ROLES) * model.tags.length);
  addRoleScores(model, null, scores);
  return scores;
}

function scoresOf(model: NerModel, c: Compiled, word: string): WordScores {
  let ws = c.words.get(word);
  if (ws) return ws;
  const T = model.tags.length;
  const info = wordInfo(word, c.lexicon);
  const scores = new Float32Array((1 + ROLES) * T);
  for (let k = 0; k < INTRINSIC; k++) {
    const f = info.intrinsic[k]!;
    if (f) addRow(model, rowOf(model, f), scores, 0);
  }
  addRoleScores(model, info, scores);
  let pair: Float32Array | null = null;
  for (let p = 0; p < PREV; p++) {
    pairFeatures(pairKeys, 0, p, info);
    for (let k = 0; k < PAIR_SLOTS; k++) {
      const row = rowOf(model, pairKeys[k]!);
      if (row < 0) continue;
      pair ??= new Float32Array(PREV * T);
      addRow(model, row, pair, p * T);
    }
  }
  let step = c.plainStep;
  if (pair) {
    step = new Float64Array(STEP_SIZE);
    packStep(c.trans, pair, step);
  }
  ws = { info, scores, step };
  if (c.words.size >= WORD_CACHE_LIMIT) c.words.clear();
  c.words.set(word, ws);
  return ws;
}

let emit = new Float64Array(0);
let tags = new Int32Array(0);
const steps: Float64Array[] = [];
const infos: WordInfo[] = [];
const scored: WordScores[] = [];

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
    tags = new Int32Array(n * 2);
  }
  steps.length = n;
  infos.length = n;
  scored.length = n;
  for (let i = 0; i < n; i++) {
    const ws = scoresOf(model, c, words[i]!);
    scored[i] = ws;
    steps[i] = ws.step;
    infos[i] = ws.info;
  }
  // Each word's scores are read once, in one sweep: its own into its row, each role's into the row of the word
  // it stands beside (word i's neighbour at offset d is word i + d, so word j serves row j - d). Rows whose
  // neighbour falls outside the sentence get the boundary's. Float32 scores summed in float64 are exact unless
  // their magnitudes lie 2^29 apart, which no two weights do: the order of the sums changes no tag.
  emit.fill(0, 0, n * T);
  for (let j = 0; j < n; j++) {
    const x = scored[j]!.scores;
    const own = j * T;
    for (let t = 0; t < T; t++) emit[own + t]! += x[t]!;
    for (let role = 0; role < ROLES; role++) {
      const i = j - ROLE_OFFSETS[role]!;
      if (i < 0 || i >= n) continue;
      for (let t = 0, at = i * T, from = (1 + role) * T; t < T; t++) emit[at + t]! += x[from + t]!;
    }
  }
  const edge = c.edge;
  for (let role = 0; role < ROLES; role++) {
    const d = ROLE_OFFSETS[role]!;
    // Rows i whose neighbour i + d is outside [0, n).
    const from = d < 0 ? 0 : Math.max(0, n - d);
    const to = d < 0 ? Math.min(n, -d) : n;
    for (let i = from; i < to; i++)
      for (let t = 0, at = i * T, off = (1 + role) * T; t < T; t++) emit[at + t]! += edge[off + t]!;
  }
  const context = contextFeatures(infos, doc, false, c.lexicon);
  const table = model.table;
  const mask = (table.length >> 1) - 1;
  const w = model.weights;
  const q = model.quantised?.values;
  const scales = model.quantised?.scales;
  for (let i = 0; i < n; i++) {
    const at = i * T;
    for (let k = i * JOINT, end = k + JOINT + 1; k < end; k++) {
      // The last slot is the document's `seen` feature, which changes as the document is read.
      const f = k < end - 1 ? context[k]! : seenFeature(seen.get(infos[i]!.lower) ?? 0, infos[i]!);
      if (f === 0) continue;
      let slot = f & mask;
      for (;;) {
        const key = table[slot << 1]!;
        if (key === f) {
          const row = table[(slot << 1) + 1]!;
          const base = row * T;
          if (q) {
            const scale = scales![row]!;
            for (let t = 0; t < T; t++) emit[at + t]! += q[base + t]! * scale;
          } else for (let t = 0; t < T; t++) emit[at + t]! += w[base + t]!;
          break;
        }
        if (key === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }
  viterbi(n, emit, steps, tags);
  const spans = decodeTags(Array.from(tags.subarray(0, n), (t) => model.tags[t]!));
  for (const span of spans) {
    const seenAs = 1 + NER_TYPES.indexOf(span.type);
    for (let k = span.start; k < span.end; k++) seen.set(infos[k]!.lower, seenAs);
  }
  return spans;
}

/**
 * Finds PER, ORG, LOC and MISC names in a document given as sentences of words, with a model and the lexicon it
 * was trained with (English by default). The document matters: later mentions of a word learn from earlier ones.
 */
export function tagSentences(
  sentences: readonly (readonly string[])[],
  model = loadNerModel(),
  lexicon: NerLexicon = ENGLISH_LEXICON,
): NerSpan[][] {
  const doc = readDocContext(sentences);
  const seen = new Map<string, number>();
  const c = compile(model, lexicon);
  return sentences.map((words) => tagSentence(model, c, words, doc, seen));
}
