// Trains the entity tagger, a structured (Collins) averaged perceptron with exact first-order BILOU Viterbi
// decoding and sentence-level updates, on CoNLL-2003 train.txt, and writes src/nlp/ner/model/weights.gen.ts.
// Deterministic: fixed shuffle seed and epochs, so the shipped file is exactly what this produces.
// Run: pnpm --filter @copydesk/core train:ner [--lang xx] [--hold-out tune] [--epochs N] [--eval-at 8,12,16]
// `--hold-out tune` (or NER_HOLD_OUT=tune) trains without the tune documents (the split `pnpm bench entities
// --split tune` scores) and prints the tagger's tune F1; every choice of features and epochs is made that way.
// `--lang es|nl|de|fr|pt|it` trains that language's model on its sets (scripts/ner-corpora.ts) with its own
// clusters (build-clusters.ts --lang) and writes src/nlp/ner/model/<lang>/weights.gen.ts; holding out tune drops
// the last 15% of every set, and tune F1 is read on the gold set's part. `--silver S` mixes in the first share S
// of each silver (WikiANN) set (default per language: SILVER_SHARE); `--gazetteer off` trains without the
// gazetteer features (GeoNames cities, English country and language names, English first names and demonyms).
// `--features runEdges` (or `none`) overrides the language's extra feature groups (lexicon.ts NER_FEATURES);
// `--runs N` ships the mean of N runs' weights (LANGUAGE_RUNS); `--seed k` shuffles with a different seed.
// `--silver-weight W`, `--silver-types PER,LOC`, `--min-count k` and `--silver-prose on` train variants no language
// ships (README runs). English's and German's weights read their clusters file's word usage table (wordUsage,
// build-clusters.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CONTEXT_SLOTS,
  contextFeatures,
  INTRINSIC_SLOTS,
  PAIR_SLOTS,
  PREV_STATES,
  pairFeatures,
  readDocContext,
  STATIC_SLOTS,
  seenFeature,
  transitionFeature,
  type WordInfo,
  wordInfo,
} from '../src/nlp/ner/features';
import { lexiconOf, NER_FEATURES, type NerFeature } from '../src/nlp/ner/lexicon';
import { decodeModel, encodeModel } from '../src/nlp/ner/model-codec';
import { tagSentences } from '../src/nlp/ner/tag-sentences';
import { decodeTags, encodeTags, NER_TYPES, type NerSpan, TAGS } from '../src/nlp/ner/tags';
import { packStep, STEP_SIZE, viterbi } from '../src/nlp/ner/viterbi-decode';
import { TRAINED_LANGUAGES, type TrainedLanguage, trainingSets, tuneSet } from './ner-corpora';
import { mulberry32 } from './random';
import { type ConllSentence, readConll, trainingDocuments, tuneDocuments } from './read-conll';

const { values: flags } = parseArgs({
  options: {
    'hold-out': { type: 'string', default: process.env.NER_HOLD_OUT ?? '' },
    epochs: { type: 'string', default: process.env.NER_EPOCHS ?? '' },
    'eval-at': { type: 'string', default: process.env.NER_EVAL_AT ?? '' },
    lang: { type: 'string', default: process.env.NER_LANG ?? 'en' },
    silver: { type: 'string', default: '' },
    'gold-repeat': { type: 'string', default: '' },
    'silver-weight': { type: 'string', default: '' },
    'silver-types': { type: 'string', default: '' },
    'min-count': { type: 'string', default: '' },
    'min-weights': { type: 'string', default: '' },
    gazetteer: { type: 'string', default: 'on' },
    features: { type: 'string' },
    runs: { type: 'string', default: '' },
    seed: { type: 'string', default: '' },
    'silver-prose': { type: 'string', default: '' },
  },
});
const lang = flags.lang!;
if (lang !== 'en' && !TRAINED_LANGUAGES.includes(lang as TrainedLanguage)) {
  process.stderr.write(`--lang takes en or one of ${TRAINED_LANGUAGES.join(', ')}, not ${lang}\n`);
  process.exit(1);
}
// How much WikiANN each language mixes in, chosen on its tune split (README-ner-languages.md has the runs).
const SILVER_SHARE: Record<string, number> = { es: 0, nl: 0.5, de: 1, fr: 1, pt: 1, it: 1 };
const silverShare = flags.silver ? Number(flags.silver) : (SILVER_SHARE[lang] ?? 0);
// Gold documents seen this many times an epoch, so that a small gold set is not drowned by silver data (Dutch
// tune: once 0.7622, twice 0.7704, three times 0.7547; README).
const GOLD_REPEAT: Record<string, number> = { nl: 2, de: 6 };
const goldRepeat = flags['gold-repeat'] ? Number(flags['gold-repeat']) : (GOLD_REPEAT[lang] ?? 1);
// `--silver-weight W`: a silver sentence's updates count W against a gold one's 1 (Dutch tune, all of WikiANN
// at 0.5: 0.7547 on three seeds' mean against 0.7665 for half of it at 1; README).
const silverWeight = Number(flags['silver-weight'] || 1);
// `--silver-types PER,LOC` keeps only the silver sentences whose names are all of those types (Dutch tune, without
// WikiANN's sentences that name an organisation: 0.7672 against 0.7665, ORG up and PER down; README).
const silverTypes = flags['silver-types'] ? new Set(flags['silver-types'].split(',')) : null;
// `--silver-prose on` keeps only the silver sentences that read as prose: six words or more, three of them in lower
// case (most WikiANN sentences are list fragments, table cells and redirect lines).
const silverProse = flags['silver-prose'] === 'on';
function isProse(s: ConllSentence): boolean {
  const lower = s.words.filter((w) => /^\p{Ll}+$/u.test(w)).length;
  return s.words.length >= 6 && lower >= 3;
}
if (flags['hold-out'] !== '' && flags['hold-out'] !== 'tune') {
  process.stderr.write(`--hold-out takes only "tune", not ${flags['hold-out']}\n`);
  process.exit(1);
}
const holdOut = flags['hold-out'] === 'tune';
// English's epochs were chosen on its tune split; the other languages' likewise (README-ner-languages.md).
// Spanish tune: 14 epochs 0.8148, 17 0.8177, 20 0.8194, 24 0.8197, 28 0.8194.
const LANGUAGE_EPOCHS: Record<string, number> = { en: 18, es: 20, nl: 5, de: 6, fr: 10, pt: 10, it: 10 };
const EPOCHS = Number(flags.epochs || LANGUAGE_EPOCHS[lang]);
// `--seed k` shuffles with SEED + k instead (a choice should hold across seeds, not for one shuffle alone).
const SEED = 20171119 + Number(flags.seed || 0);
// The shipped weights are the mean of this many runs' averaged weights, run r shuffling with seed SEED + r: one
// run's weights depend much on the order it read the sentences in (German tune, one run: 0.610 to 0.642 by seed).
// German, with runEdges: one run 0.6352, the mean of 4 0.6332, where one run's five seeds average 0.6296. English,
// Spanish and Dutch: one run (Dutch's mean of 4 read 0.7621 against one run's 0.7704; Spanish 0.8195 / 0.8194).
const LANGUAGE_RUNS: Record<string, number> = { de: 4 };
const RUNS = Number(flags.runs || (LANGUAGE_RUNS[lang] ?? 1));
// Weights smaller than this are dropped: they change almost no decision, and the file stays small.
// English keeps 0.5; the other languages' thresholds were chosen on tune for size (README-ner-languages.md):
// silver data leaves many rare features whose small weights cost bytes and no F1.
// Dutch, its gold seen twice an epoch: 1 → 0.7707 (1.22 MB), 1.5 → 0.7704 (0.91 MB), 2 → 0.7641.
const LANGUAGE_MIN_WEIGHT: Record<string, number> = { en: 0.5, es: 1, nl: 1.5, de: 3, fr: 2, pt: 2, it: 3 };
const MIN_WEIGHT = Number(process.env.MIN_WEIGHT ?? LANGUAGE_MIN_WEIGHT[lang] ?? 0.5);
// `--min-weights 1,2,4` (with --hold-out tune) also scores the last epoch's weights pruned at each threshold.
const tryMinWeights = (flags['min-weights'] ?? '').split(',').filter(Boolean).map(Number);
const evalAt = new Set(
  (flags['eval-at'] || '')
    .split(',')
    .filter(Boolean)
    .map(Number)
    .concat(holdOut ? [EPOCHS] : []),
);

const shared =
  process.env.COPYDESK_SHARED ?? resolve(fileURLToPath(import.meta.url), '../../../../../shared');
function languageDocuments(): {
  docs: ConllSentence[][];
  silver: boolean[];
  tune: ConllSentence[][];
  from: string;
} {
  if (lang === 'en') {
    const train = readConll(resolve(shared, 'corpora/conll2003-traindev/train.txt'));
    const from = holdOut ? 'train.txt without its tune documents' : 'all of train.txt';
    const docs = trainingDocuments(train, holdOut ? 'tune' : null);
    return { docs, silver: docs.map(() => false), tune: tuneDocuments(train), from };
  }
  const docs: ConllSentence[][] = [];
  const silver: boolean[] = [];
  const parts: string[] = [];
  for (const set of trainingSets(lang as TrainedLanguage)) {
    const kept = trainingDocuments(set.docs, holdOut ? 'tune' : null);
    const share = set.silver ? kept.slice(0, Math.round(kept.length * silverShare)) : kept;
    const typed =
      set.silver && silverTypes
        ? share.filter((d) => d.every((s) => s.spans.every((span) => silverTypes.has(span.type))))
        : share;
    const take = set.silver && silverProse ? typed.filter((d) => d.every(isProse)) : typed;
    if (!take.length) continue;
    for (let k = 0; k < (set.silver ? 1 : goldRepeat); k++) {
      docs.push(...take);
      for (const _ of take) silver.push(set.silver);
    }
    const times = !set.silver && goldRepeat > 1 ? ` (${goldRepeat} times an epoch)` : '';
    const weight = silverWeight !== 1 ? `, updates weighted ${silverWeight}` : '';
    const types = silverTypes ? `, names of types ${[...silverTypes].join('/')} only` : '';
    const part = ` (first ${Math.round(100 * silverShare)}%${types}${weight})`;
    parts.push(`${set.name}${set.silver ? part : times}`);
  }
  const from = `${parts.join(' + ')}${holdOut ? ', each without its tune documents' : ''}`;
  return { docs, silver, tune: tuneSet(lang as TrainedLanguage), from };
}
const { docs, silver, tune, from } = languageDocuments();
// On by default: Spanish tune F1 0.8137 with it, 0.8068 without (14 epochs); the weights file records which, so
// the tagger reads them with the features they were trained with.
const gazetteer = lang === 'en' || flags.gazetteer !== 'off';
// The extra feature groups (lexicon.ts NER_FEATURES) each language trains with, chosen on its tune split.
// `--features a,b` (or `--features none`) overrides.
// German tune, five seeds each: 0.6178 without runEdges, 0.6296 with (better on four seeds of five); + wordUsage
// 0.6464 (four seeds of five; the mean of four runs 0.6332 → 0.6682).
// English: wordUsage (its lower-case share in PolNeAR, WCXB and WikiANN en text, and other languages' names), tune
// held out, seeds 0 / 1 / 2: 0.9165 / 0.9150 / 0.9125 → 0.9181 / 0.9125 / 0.9242; + runEdges 0.9145 (seed 0).
// Spanish and Dutch: wordUsage (mostly other languages' names: neither capitalises its nouns), seeds 0 … 4: es
// 0.8194 / 0.8112 / 0.8213 / 0.8145 / 0.8141 (mean 0.8161) → 0.8276 / 0.8191 / 0.8214 / 0.8225 / 0.8218 (0.8225),
// nl 0.7704 / 0.7635 / 0.7656 / 0.7548 / 0.7542 (0.7617) → 0.7664 / 0.7696 / 0.7773 / 0.7698 / 0.7777 (0.7722).
const LANGUAGE_FEATURES: Record<string, readonly NerFeature[]> = {
  de: ['runEdges', 'wordUsage'],
  en: ['wordUsage'],
  es: ['wordUsage'],
  nl: ['wordUsage'],
};
const featureNames = (flags.features ?? (LANGUAGE_FEATURES[lang] ?? []).join(','))
  .split(',')
  .filter((f) => f && f !== 'none');
for (const f of featureNames)
  if (!(f in NER_FEATURES)) {
    process.stderr.write(`--features takes ${Object.keys(NER_FEATURES).join(', ')} or none\n`);
    process.exit(1);
  }
const features = featureNames.reduce((bits, f) => bits | NER_FEATURES[f as NerFeature], 0);
// Built from the clusters module with the features chosen here, not the shipped lexicon, which reads the features
// the weights on disk were trained with.
const lexicon = lexiconOf(
  lang,
  await import(`../src/nlp/ner/model/${lang === 'en' ? '' : `${lang}/`}clusters.gen.ts`),
  gazetteer,
  features,
);
const T = TAGS.length;
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));

// Dense weights w and the sums u of (step × update) for averaging: average = w - u / steps.
const index = new Map<number, number>();
const hashes: number[] = [];
let w = new Float64Array(1 << 22);
let u = new Float64Array(1 << 22);
let step = 1;

function idOf(feature: number): number {
  let id = index.get(feature);
  if (id !== undefined) return id;
  id = hashes.length;
  index.set(feature, id);
  hashes.push(feature);
  if ((id + 1) * T > w.length) {
    const grow = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    w = grow(w);
    u = grow(u);
  }
  return id;
}

function bump(id: number, tag: number, delta: number): void {
  const k = id * T + tag;
  w[k]! += delta;
  u[k]! += step * delta;
}

function addRow(id: number | undefined, into: Float64Array, at: number): void {
  if (id === undefined || id < 0) return;
  const base = id * T;
  for (let t = 0; t < T; t++) into[at + t]! += w[base + t]!;
}

// Every sentence's features, computed once: static feature ids, and the hashes of its previous-tag features.
interface Prepared {
  words: string[];
  infos: WordInfo[];
  gold: Int32Array;
  statics: Int32Array;
  pairKeys: Uint32Array;
}

function prepare(doc: readonly ConllSentence[]): Prepared[] {
  const context = readDocContext(doc.map((s) => s.words));
  return doc.map((sentence) => {
    const n = sentence.words.length;
    const infos = sentence.words.map((w) => wordInfo(w, lexicon));
    const ctx = contextFeatures(infos, context, true, lexicon);
    const statics = new Int32Array(n * STATIC_SLOTS).fill(-1);
    const pairKeys = new Uint32Array(n * PREV_STATES * PAIR_SLOTS);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < INTRINSIC_SLOTS; k++) {
        const f = infos[i]!.intrinsic[k]!;
        if (f) statics[i * STATIC_SLOTS + k] = idOf(f);
      }
      for (let k = 0; k < CONTEXT_SLOTS; k++) {
        const f = ctx[i * CONTEXT_SLOTS + k]!;
        if (f) statics[i * STATIC_SLOTS + INTRINSIC_SLOTS + k] = idOf(f);
      }
      for (let p = 0; p < PREV_STATES; p++)
        pairFeatures(pairKeys, (i * PREV_STATES + p) * PAIR_SLOTS, p, infos[i]!);
    }
    const gold = Int32Array.from(encodeTags(n, sentence.spans), (t) => tagIndex.get(t)!);
    return { words: sentence.words, infos, gold, statics, pairKeys };
  });
}

const prepared = docs.map(prepare);
// `--min-count k` leaves out the word and context features met fewer than k times in the training documents (each
// document counted once, however often an epoch it is read). Spanish tune, k = 2: 0.8147 on three seeds' mean
// against 0.8173; Dutch 0.7633 against 0.7665 (README).
const MIN_COUNT = Number(flags['min-count'] || 1);
if (MIN_COUNT > 1) {
  const counts = new Int32Array(hashes.length);
  const counted = new Set<readonly ConllSentence[]>();
  prepared.forEach((p, d) => {
    if (counted.has(docs[d]!)) return;
    counted.add(docs[d]!);
    for (const s of p) for (const id of s.statics) if (id >= 0) counts[id]!++;
  });
  for (const p of prepared)
    for (const s of p)
      for (let k = 0; k < s.statics.length; k++) {
        const id = s.statics[k]!;
        if (id >= 0 && counts[id]! < MIN_COUNT) s.statics[k] = -1;
      }
}
const transitions = Array.from({ length: PREV_STATES }, (_, p) => idOf(transitionFeature(p)));
console.error(
  `${holdOut ? 'holding out tune: ' : ''}${featureNames.length ? `features ${featureNames.join(', ')}; ` : ''}${docs.length} documents, ${prepared.flat().length} sentences, ${hashes.length} static features`,
);

let emit = new Float64Array(0);
let pair = new Float64Array(0);
let guess = new Int32Array(0);
const trans = new Float64Array(PREV_STATES * T);
const steps: Float64Array[] = [];

/**
 * Decodes one sentence with the current weights, learns from its errors (each update `rate`), and records its
 * names in `seen`.
 */
function learn(s: Prepared, seen: Map<string, number>, rate: number): number {
  const n = s.words.length;
  if (emit.length < n * T) {
    emit = new Float64Array(n * T * 2);
    pair = new Float64Array(n * PREV_STATES * T * 2);
    guess = new Int32Array(n * 2);
  }
  emit.fill(0, 0, n * T);
  pair.fill(0, 0, n * PREV_STATES * T);
  const seenIds = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < STATIC_SLOTS; k++) addRow(s.statics[i * STATIC_SLOTS + k], emit, i * T);
    const sf = seenFeature(seen.get(s.infos[i]!.lower) ?? 0, s.infos[i]!);
    if (sf) {
      seenIds[i] = idOf(sf);
      addRow(seenIds[i], emit, i * T);
    }
    for (let p = 0; p < PREV_STATES; p++) {
      const at = (i * PREV_STATES + p) * T;
      for (let k = 0; k < PAIR_SLOTS; k++)
        addRow(index.get(s.pairKeys[(i * PREV_STATES + p) * PAIR_SLOTS + k]!), pair, at);
    }
  }
  trans.fill(0);
  for (let p = 0; p < PREV_STATES; p++) addRow(transitions[p], trans, p * T);
  while (steps.length < n) steps.push(new Float64Array(STEP_SIZE));
  for (let i = 0; i < n; i++)
    packStep(trans, pair.subarray(i * PREV_STATES * T, (i + 1) * PREV_STATES * T), steps[i]!);
  viterbi(n, emit, steps, guess);
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const g = s.gold[i]!;
    const y = guess[i]!;
    const gp = i ? s.gold[i - 1]! : PREV_STATES - 1;
    const yp = i ? guess[i - 1]! : PREV_STATES - 1;
    if (g === y && gp === yp) continue;
    if (g !== y) {
      errors++;
      for (let k = 0; k < STATIC_SLOTS; k++) {
        const id = s.statics[i * STATIC_SLOTS + k]!;
        if (id < 0) continue;
        bump(id, g, rate);
        bump(id, y, -rate);
      }
      if (seenIds[i]! >= 0) {
        bump(seenIds[i]!, g, rate);
        bump(seenIds[i]!, y, -rate);
      }
    }
    bump(transitions[gp]!, g, rate);
    bump(transitions[yp]!, y, -rate);
    for (let k = 0; k < PAIR_SLOTS; k++) {
      bump(idOf(s.pairKeys[(i * PREV_STATES + gp) * PAIR_SLOTS + k]!), g, rate);
      bump(idOf(s.pairKeys[(i * PREV_STATES + yp) * PAIR_SLOTS + k]!), y, -rate);
    }
  }
  const spans = decodeTags(Array.from(guess.subarray(0, n), (t) => TAGS[t]!));
  for (const span of spans) {
    const seenAs = 1 + NER_TYPES.indexOf(span.type);
    for (let k = span.start; k < span.end; k++) seen.set(s.infos[k]!.lower, seenAs);
  }
  return errors;
}

// The summed averaged weights of the runs already finished (--runs), and how many there were.
let finished: Float64Array = new Float64Array(0);
let finishedRuns = 0;

/** The current run's averaged weights, averaged with the finished runs'. */
function averagedWeights(): Float64Array {
  const averaged = new Float64Array(hashes.length * T);
  for (let k = 0; k < averaged.length; k++) averaged[k] = w[k]! - u[k]! / step;
  if (finishedRuns === 0) return averaged;
  for (let k = 0; k < finished.length; k++) averaged[k]! += finished[k]!;
  for (let k = 0; k < averaged.length; k++) averaged[k]! /= finishedRuns + 1;
  return averaged;
}

function pack(minWeight = MIN_WEIGHT): { count: number; blob: string } {
  return encodeModel(hashes, averagedWeights(), T, minWeight);
}

// Strict span-and-type F1 over PER, ORG and LOC, as `pnpm bench entities` scores the tagger.
function scoreTune(packed: { count: number; blob: string }): string {
  const model = decodeModel(TAGS, packed.count, packed.blob);
  const types = ['PER', 'ORG', 'LOC'];
  const counts = new Map(['ALL', ...types].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
  for (const doc of tune) {
    const guessed = tagSentences(
      doc.map((s) => s.words),
      model,
      lexicon,
    );
    doc.forEach((sentence, i) => {
      const want = sentence.spans.filter((s) => types.includes(s.type));
      const got = guessed[i]!.filter((s) => types.includes(s.type));
      const wanted = new Set(want.map(key));
      const found = new Set(got.map(key));
      for (const s of got)
        for (const t of ['ALL', s.type]) counts.get(t)![wanted.has(key(s)) ? 'tp' : 'fp']++;
      for (const s of want) if (!found.has(key(s))) for (const t of ['ALL', s.type]) counts.get(t)!.fn++;
    });
  }
  return ['ALL', ...types]
    .map((t) => {
      const { tp, fp, fn } = counts.get(t)!;
      const p = tp / (tp + fp || 1);
      const r = tp / (tp + fn || 1);
      const f = p + r ? (2 * p * r) / (p + r) : 0;
      return t === 'ALL' ? `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(4)}` : `${t} ${f.toFixed(3)}`;
    })
    .join(' | ');
}

let packed: { count: number; blob: string } | null = null;
for (let run = 0; run < RUNS; run++) {
  if (run > 0) {
    const averaged = averagedWeights();
    for (let k = 0; k < averaged.length; k++) averaged[k]! *= run;
    finished = averaged;
    finishedRuns = run;
    w.fill(0);
    u.fill(0);
    step = 1;
  }
  const random = mulberry32(SEED + run);
  const order = prepared.map((_, i) => i);
  const last = run === RUNS - 1;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      const seen = new Map<string, number>();
      const rate = silver[d] ? silverWeight : 1;
      for (const sentence of prepared[d]!) {
        errors += learn(sentence, seen, rate);
        tokens += sentence.words.length;
        step++;
      }
    }
    let line = `${RUNS > 1 ? `run ${run + 1}, ` : ''}epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)}% token errors, ${hashes.length} features`;
    // With several runs, tune is read at the end of each (the mean of the runs so far) and at --eval-at in the last.
    const evaluate = (last && evalAt.has(epoch)) || (RUNS > 1 && holdOut && epoch === EPOCHS);
    if (evaluate || (last && epoch === EPOCHS)) packed = pack();
    if (holdOut && evaluate) line += `; tune ${scoreTune(packed!)}`;
    console.error(line);
  }
}
if (holdOut)
  for (const minWeight of tryMinWeights) {
    const pruned = pack(minWeight);
    console.error(
      `min weight ${minWeight}: ${pruned.count} features, ${(pruned.blob.length / 1e6).toFixed(2)} MB; tune ${scoreTune(pruned)}`,
    );
  }

// The blob is cut into parts of at most BLOB_PART_CHARS, each in a file of its own: no tracked file may pass 1 MB.
const BLOB_PART_CHARS = 900_000;
const blobParts: string[] = [];
for (let at = 0; at < packed!.blob.length; at += BLOB_PART_CHARS)
  blobParts.push(packed!.blob.slice(at, at + BLOB_PART_CHARS));
const partImports = blobParts
  .slice(1)
  .map((_p, k) => `import { PART_${k + 1} } from './weights.part${k + 1}.gen';\n`)
  .join('');
const file = `// Generated by scripts/train-ner.ts${lang === 'en' ? '' : ` --lang ${lang}`} from ${lang === 'en' ? 'CoNLL-2003 ' : ''}${from} (${EPOCHS} epochs, ${RUNS > 1 ? `mean of ${RUNS} runs, seeds ${SEED} + 0 … ${RUNS - 1}` : `seed ${SEED}`}). Do not edit.
// ${packed!.count} features of ${hashes.length}, hashed; weights sparse and quantised (see model-codec.ts).
${partImports}
const PART_0 = ${JSON.stringify(blobParts[0] ?? '')};

export const MODEL_TAGS: readonly string[] = ${JSON.stringify(TAGS)};
export const MODEL_COUNT = ${packed!.count};
${lang === 'en' ? '' : `/** Whether the tagger reads the (English) gazetteer features with these weights. */\nexport const MODEL_GAZETTEER = ${gazetteer};\n`}${features ? `/** The extra feature groups of these weights (NER_FEATURES bits: ${featureNames.join(', ')}). */\nexport const MODEL_FEATURES = ${features};\n` : ''}export const MODEL_BLOB = ${blobParts.map((_p, i) => `PART_${i}`).join(' + ')};
`;
const outDir = `../src/nlp/ner/model/${lang === 'en' ? '' : `${lang}/`}`;
const out = fileURLToPath(new URL(`${outDir}weights.gen.ts`, import.meta.url));
writeFileSync(out, file);
for (const [i, part] of blobParts.entries()) {
  if (i === 0) continue;
  writeFileSync(
    fileURLToPath(new URL(`${outDir}weights.part${i}.gen.ts`, import.meta.url)),
    `// Generated by scripts/train-ner.ts: part ${i} of the weights blob of weights.gen.ts. Do not edit.\nexport const PART_${i} = ${JSON.stringify(part)};\n`,
  );
}
console.error(`wrote ${out}: ${packed!.count} features, ${(file.length / 1e6).toFixed(2)} MB`);
