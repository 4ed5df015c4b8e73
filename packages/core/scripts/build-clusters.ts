// Builds src/nlp/ner/model/clusters.gen.ts: word clusters learned from unlabelled news text in $COPYDESK_SHARED
// (CoNLL-2003 train.txt words, PolNeAR train texts, WCXB ground-truth main_content, WikiANN en.train words; never
// CoNLL valid). Method: each word of the vocabulary is a vector of its left and right neighbours (±1, ±2) among
// the most frequent words, square-rooted counts, unit length; spherical k-means then splits the vocabulary into
// 64 clusters, each of those into 8 and each of those into 8 again, so that a word's id (12 bits) holds three
// granularities as prefixes (64 / 512 / 4096), as Brown clusters' bit strings do. k-means rather than Brown
// clustering because it runs in under a minute here. Deterministic (fixed seed, sorted input). Only hashText of
// each lower-cased word ships with its id, never a word. Run: pnpm --filter @copydesk/core gen:clusters
// `--lang es|nl|de|fr|pt|it` builds src/nlp/ner/model/<lang>/clusters.gen.ts the same way from that language's
// unlabelled text: the words of its training sets (ner-corpora.ts; never testa or GermEval's reported part) and
// the paragraphs of the htmldate-dev pages that copydesk reads as that language (WCXB holds English only).
// German's file also holds each word's usage classes (word-usage.ts, USAGE_CUES below): case and article counts from
// WikiANN de and the pages, name counts from the other languages' labelled sets; hashes and classes only.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../src/index';
import { encodeClusters } from '../src/nlp/ner/cluster-codec';
import { hashText } from '../src/nlp/ner/feature-hash';
import {
  countNames,
  countUsage,
  packUsage,
  type UsageCounts,
  type UsageCues,
} from '../src/nlp/ner/word-usage';
import {
  readSpanish,
  readWikiann,
  TRAINED_LANGUAGES,
  type TrainedLanguage,
  trainingSets,
} from './ner-corpora';
import { mulberry32 } from './random';
import { type ConllSentence, readConll } from './read-conll';

const { values: flags } = parseArgs({ options: { lang: { type: 'string', default: 'en' } } });
const lang = flags.lang!;
if (lang !== 'en' && !TRAINED_LANGUAGES.includes(lang as TrainedLanguage)) {
  process.stderr.write(`--lang takes en or one of ${TRAINED_LANGUAGES.join(', ')}, not ${lang}\n`);
  process.exit(1);
}
// Italian has no labelled data; its Romance model reads Spanish, French and Portuguese, so its clusters hold
// those and Italian web text.
const PAGE_LANGUAGES: Record<string, readonly string[]> = { it: ['it', 'es', 'fr', 'pt'] };
// Languages whose clusters file also carries each word's usage classes (word-usage.ts), with the words that cue a
// common noun. German capitalises its nouns, so its tagger reads them (NER_FEATURES.wordUsage). The name classes
// come from the other languages' labelled sets (names travel across languages), never the language's own
// silver set, which the tagger also trains on: there they would name every silver name (German tune, one run's
// mean over seeds: 0.615 with WikiANN de's names, 0.646 with the other languages', 0.630 without wordUsage; README).
const words = (text: string) => new Set(text.split(' '));
// The labelled sets names are counted from, each under the name trainingSets gives it: every one but those the
// language's own tagger trains on, so that a training word's name class reads as an unseen word's will (and no
// tune split is counted).
const NAMED_SETS: [string, () => ConllSentence[][]][] = [
  ['WikiANN en.train', () => readWikiann('en')],
  ['WikiANN de.train', () => readWikiann('de')],
  ['WikiANN fr.train', () => readWikiann('fr')],
  ['WikiANN nl.train', () => readWikiann('nl')],
  ['WikiANN pt.train', () => readWikiann('pt')],
  ['CoNLL-2003 train.txt', () => readConll(resolve(corpora, 'conll2003-traindev/train.txt'))],
  ['CoNLL-2002 esp.train', () => readSpanish(resolve(corpora, 'conll2002-traindev/esp.train'))],
  ['CoNLL-2002 ned.train', () => readConll(resolve(corpora, 'conll2002-traindev/ned.train'))],
];
const foreignNames = (): ConllSentence[][][] => {
  const own = new Set(
    lang === 'en' ? ['CoNLL-2003 train.txt'] : trainingSets(lang as TrainedLanguage).map((s) => s.name),
  );
  return NAMED_SETS.filter(([name]) => !own.has(name)).map(([, read]) => read());
};
const USAGE_CUES: Record<string, UsageCues> = {
  de: {
    common: words(
      'ein eine einen einem einer eines kein keine keinen keinem keiner keines mein meine meinen meinem meiner ' +
        'meines dein deine sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere ' +
        'unseren unserem unserer euer eure jeder jede jeden jedem jedes dieser diese diesen diesem dieses welche',
    ),
    definite: words('der die das den dem des im am zum zur vom beim ins'),
    adjectiveEndings: ['e', 'en', 'er', 'es', 'em'],
  },
  // English writes a name in capitals wherever it stands and a common noun in lower case, so the lower-case share
  // alone tells "Trump" (a word CoNLL-2003's 1996 news never holds) from "trump"; its adjectives do not inflect.
  en: {
    common: words('a an his her their its my our your every each another no'),
    definite: words('the'),
    adjectiveEndings: [],
  },
  // Spanish and Dutch write common nouns in lower case, so for them the lower-case share and the other languages'
  // names carry the evidence; the cues only class the few capitalised nouns ("un Mercedes", "een Volvo").
  es: {
    common: words(
      'un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras cada otro otra otros otras ningún ' +
        'ninguna este esta estos estas ese esa esos esas',
    ),
    definite: words('el la los las del al'),
    adjectiveEndings: [],
  },
  nl: {
    common: words('een zijn haar hun mijn jouw onze ons uw elk elke geen deze dit die'),
    definite: words('de het'),
    adjectiveEndings: ['e'],
  },
};
const NO_STORY = { entities: false, quotes: false, dates: false, casualties: false };

const MIN_COUNT = 3;
const MAX_VOCAB = 60_000;
const CONTEXT_WORDS = 2000;
const SPLITS = [64, 8, 8];
const ITERATIONS = [12, 8, 6];
const SEED = 20030601;

const shared =
  process.env.COPYDESK_SHARED ?? resolve(fileURLToPath(import.meta.url), '../../../../../shared');
const corpora = resolve(shared, 'corpora');

// Words as CoNLL writes them: "U.S.", "Iran" "'s", "1996-08-22", punctuation a token each.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-&][\p{L}\p{M}]+)*|'\p{L}+|\d+(?:[.,:/-]\d+)*|[^\s\p{L}\p{N}]/gu;

function tokenise(text: string): string[][] {
  return text
    .split(/\n+/)
    .map((line) => line.match(TOKEN) ?? [])
    .filter((s) => s.length > 0);
}

function columnSentences(text: string, strip: (w: string) => string): string[][] {
  const out: string[][] = [];
  let sentence: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      if (sentence.length) out.push(sentence);
      sentence = [];
      continue;
    }
    sentence.push(strip(line.split(/[ \t]/)[0]!));
  }
  if (sentence.length) out.push(sentence);
  return out;
}

function sortedFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => resolve(dir, f));
}

const sentences: string[][] = [];
const usage = new Map<string, UsageCounts>();
const cues = USAGE_CUES[lang];
const read = (name: string, got: string[][]) => {
  for (const s of got) sentences.push(s);
  console.error(`${name}: ${got.length} sentences, ${got.reduce((n, s) => n + s.length, 0)} tokens`);
};
const sources: string[] = [];
if (lang !== 'en') {
  for (const set of trainingSets(lang as TrainedLanguage)) {
    read(
      set.name,
      set.docs.flatMap((d) => d.map((s) => s.words)),
    );
    sources.push(set.name);
    // Usage is not read from the gold sets: the tagger learns there what the usage of a word it has not met says,
    // as it will read a news story's words (German tune with the gold sets counted: 0.607 on three seeds).
    if (cues && set.silver) for (const d of set.docs) for (const s of d) countUsage(s.words, cues, usage);
  }
  if (cues)
    for (const docs of foreignNames())
      for (const d of docs) for (const s of d) countNames(s.words, s.spans, usage);
  const wanted = new Set(PAGE_LANGUAGES[lang] ?? [lang]);
  const pages = resolve(corpora, 'htmldate-dev/html');
  const pageSentences = sortedFiles(pages, '.gz').flatMap((f) => {
    const article = parseArticle(gunzipSync(readFileSync(f)), { type: 'html', extractors: NO_STORY });
    const code = article.language?.toLowerCase().split('-')[0] ?? '';
    return wanted.has(code) ? tokenise(article.paragraphs.map((p) => p.text).join('\n')) : [];
  });
  read(`htmldate-dev pages in ${[...wanted].join('/')}`, pageSentences);
  if (cues) for (const s of pageSentences) countUsage(s, cues, usage);
  sources.push('the htmldate-dev pages copydesk reads as that language');
} else englishSources();

function englishSources(): void {
  read(
    'CoNLL-2003 train.txt',
    columnSentences(readFileSync(resolve(corpora, 'conll2003-traindev/train.txt'), 'utf8'), (w) => w),
  );
  // Usage is read from the unlabelled sets only, never from train.txt, as for German's gold sets (above).
  const unlabelled = (name: string, got: string[][]) => {
    read(name, got);
    if (cues) for (const s of got) countUsage(s, cues, usage);
  };
  unlabelled(
    'PolNeAR train',
    sortedFiles(resolve(corpora, 'polnear-traindev/train/text'), '').flatMap((f) =>
      tokenise(readFileSync(f, 'utf8')),
    ),
  );
  unlabelled(
    'WCXB main_content',
    sortedFiles(resolve(corpora, 'wcxb-dev/ground-truth'), '.json').flatMap((f) => {
      const page = JSON.parse(readFileSync(f, 'utf8'));
      return tokenise(page.ground_truth?.main_content ?? '');
    }),
  );
  unlabelled(
    'WikiANN en.train',
    columnSentences(readFileSync(resolve(corpora, 'wikiann-train/en.train'), 'utf8'), (w) =>
      w.replace(/^en:/, ''),
    ),
  );
  if (cues)
    for (const docs of foreignNames())
      for (const d of docs) for (const s of d) countNames(s.words, s.spans, usage);
}

// Vocabulary and context words, by frequency then alphabetically (deterministic).
const counts = new Map<string, number>();
for (const s of sentences)
  for (const w of s) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
const byFrequency = [...counts.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);
const vocab = byFrequency.filter((w) => counts.get(w)! >= MIN_COUNT).slice(0, MAX_VOCAB);
const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
const contextIndex = new Map(byFrequency.slice(0, CONTEXT_WORDS).map((w, i) => [w, i]));
const BOUNDARY = CONTEXT_WORDS;
const D = 4 * (CONTEXT_WORDS + 1);
console.error(`vocabulary ${vocab.length} words (of ${counts.size}), ${D} context dimensions`);

// Sparse context vectors.
const contexts = vocab.map(() => new Map<number, number>());
for (const s of sentences) {
  const lower = s.map((w) => w.toLowerCase());
  const ctx = (i: number) => (i < 0 || i >= lower.length ? BOUNDARY : (contextIndex.get(lower[i]!) ?? -1));
  lower.forEach((w, i) => {
    const v = vocabIndex.get(w);
    if (v === undefined) return;
    const m = contexts[v]!;
    [-2, -1, 1, 2].forEach((offset, slot) => {
      const c = ctx(i + offset);
      if (c < 0) return;
      const key = slot * (CONTEXT_WORDS + 1) + c;
      m.set(key, (m.get(key) ?? 0) + 1);
    });
  });
}
const dims: Int32Array[] = [];
const values: Float32Array[] = [];
for (const m of contexts) {
  const keys = [...m.keys()].sort((a, b) => a - b);
  const vals = Float32Array.from(keys, (k) => Math.sqrt(m.get(k)!));
  let norm = 0;
  for (const v of vals) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < vals.length; k++) vals[k]! /= norm;
  dims.push(Int32Array.from(keys));
  values.push(vals);
}

const random = mulberry32(SEED);

/** Spherical k-means of the given words into k clusters; returns each word's cluster. */
function kmeans(members: readonly number[], k: number, iterations: number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    members.forEach((_, i) => {
      assign[i] = i;
    });
    return assign;
  }
  // Centroids stored dimension-major, so that a word's non-zero dimension adds one contiguous row of k scores.
  let centroids = new Float32Array(D * k);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let m: number;
    do m = Math.floor(random() * members.length);
    while (picked.has(m));
    picked.add(m);
    const w = members[m]!;
    const ds = dims[w]!;
    const vs = values[w]!;
    for (let j = 0; j < ds.length; j++) centroids[ds[j]! * k + c] = vs[j]!;
  }
  const scores = new Float32Array(k);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < members.length; i++) {
      const w = members[i]!;
      const ds = dims[w]!;
      const vs = values[w]!;
      scores.fill(0);
      for (let j = 0; j < ds.length; j++) {
        const v = vs[j]!;
        const row = ds[j]! * k;
        for (let c = 0; c < k; c++) scores[c]! += v * centroids[row + c]!;
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c;
      if (it === 0 || assign[i] !== best) moved++;
      assign[i] = best;
    }
    const next = new Float32Array(D * k);
    const sizes = new Int32Array(k);
    for (let i = 0; i < members.length; i++) {
      const w = members[i]!;
      const c = assign[i]!;
      sizes[c]!++;
      const ds = dims[w]!;
      const vs = values[w]!;
      for (let j = 0; j < ds.length; j++) next[ds[j]! * k + c]! += vs[j]!;
    }
    const norms = new Float64Array(k);
    for (let d = 0; d < D; d++) for (let c = 0; c < k; c++) norms[c]! += next[d * k + c]! ** 2;
    for (let d = 0; d < D; d++) for (let c = 0; c < k; c++) next[d * k + c]! /= Math.sqrt(norms[c]!) || 1;
    // An empty cluster keeps its old centroid.
    for (let c = 0; c < k; c++)
      if (!sizes[c]) for (let d = 0; d < D; d++) next[d * k + c] = centroids[d * k + c]!;
    centroids = next;
    if (moved === 0) break;
  }
  return assign;
}

// Top-down: each level splits every cluster of the level above.
let groups: number[][] = [vocab.map((_, i) => i)];
const ids = new Int32Array(vocab.length);
SPLITS.forEach((k, level) => {
  const next: number[][] = [];
  for (const members of groups) {
    const assign = kmeans(members, k, ITERATIONS[level]!);
    const parts: number[][] = Array.from({ length: k }, () => []);
    members.forEach((w, i) => {
      parts[assign[i]!]!.push(w);
      ids[w] = ids[w]! * k + assign[i]!;
    });
    next.push(...parts);
  }
  groups = next;
  console.error(`level ${level + 1}: ${groups.filter((g) => g.length).length} clusters`);
});

// Show a few clusters on stderr, to see what they hold (not shipped).
for (const probe of ['london', 'smith', 'monday', 'said', 'corp', 'germany', 'peter', 'madrid', 'berlin']) {
  const v = vocabIndex.get(probe);
  if (v === undefined) continue;
  const same = vocab.filter((_, i) => ids[i] === ids[v]).slice(0, 12);
  console.error(`${probe}: ${ids[v]} ${same.join(' ')}`);
}

const entries = new Map<number, number>();
vocab.forEach((w, i) => {
  const h = hashText(w);
  // Two words of one hash: the more frequent (earlier) one keeps it.
  if (!entries.has(h)) entries.set(h, ids[i]! + 1);
});
const blob = encodeClusters([...entries.entries()]);
// Usage of the words met at least twice, and of the other languages' words only those the language's text has
// or that were in a name there (the rest is bytes).
const usageEntries = new Map<number, number>();
for (const [w, c] of [...usage.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const named = c.names[0] + c.names[1] + c.names[2];
  if (c.inside < 2 && (named === 0 || c.inside + c.labelled < 2)) continue;
  const h = hashText(w);
  const packed = packUsage(c);
  if (packed && !usageEntries.has(h)) usageEntries.set(h, packed);
}
const usageBlob = cues ? encodeClusters([...usageEntries.entries()]) : '';
const from =
  lang === 'en'
    ? 'CoNLL-2003 train.txt, PolNeAR train, WCXB main_content, WikiANN en.train'
    : `the words of ${sources.join(', ')}`;
const file = `// Generated by scripts/build-clusters.ts${lang === 'en' ? '' : ` --lang ${lang}`} (spherical k-means over neighbour counts, ${SPLITS.join(' × ')}) from
// unlabelled text in ../shared: ${from}.
// Per word only hashText(lower case) and its cluster id + 1; never the word. Do not edit.

export const CLUSTER_COUNT = ${entries.size};
/** Bits of each granularity in a cluster id, coarsest first. */
export const CLUSTER_BITS: readonly number[] = ${JSON.stringify(SPLITS.map((k) => Math.log2(k)))};
export const CLUSTER_BLOB = ${JSON.stringify(blob)};
${cues ? `/** Per word hash its usage classes in this text (word-usage.ts packUsage), for the wordUsage features. */\nexport const WORD_USAGE_COUNT = ${usageEntries.size};\nexport const WORD_USAGE_BLOB = ${JSON.stringify(usageBlob)};\n` : ''}`;
const out = fileURLToPath(
  new URL(`../src/nlp/ner/model/${lang === 'en' ? '' : `${lang}/`}clusters.gen.ts`, import.meta.url),
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, file);
console.error(
  `wrote ${out}: ${entries.size} words${cues ? `, usage of ${usageEntries.size}` : ''}, ${(file.length / 1e3).toFixed(0)} KB`,
);
