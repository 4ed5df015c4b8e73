// `pnpm bench entities [--lang en|es|nl|de] [--split valid|tune|report] [--errors] [--ablation]`: strict
// span-and-type F1 for PER, ORG and LOC, and speed, for copydesk's tagger, for Article.entities from parseArticle
// on whole documents, and (English) for compromise in the same run. English reads
// $COPYDESK_SHARED/corpora/conll2003-traindev: `--split tune` (the last 15% of train.txt's documents) is for
// choosing features, epochs and rules; `valid` (the default) is reported once at the end. The other languages read
// their corpora as scripts/ner-corpora.ts describes: `--split tune` (the default: the last 15% of the gold
// training set) for choosing, `report` (esp.testa, ned.testa, GermEval dev's last 30%) once at the end.
// `--errors` lists the pipeline's errors grouped by cause. `--ablation` prints, for each clean-up step of
// extractEntities, the points of F1 it adds (every step on, minus that one off).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { reportSet, type TrainedLanguage, trainingSets, tuneSet } from '../scripts/ner-corpora';
import { type ConllSentence, readConll, tuneDocuments } from '../scripts/read-conll';
import type { Body } from '../src/body';
import { recogniseNames } from '../src/extract/entities/recognise-names';
import { ENTITY_STEPS } from '../src/extract/entities/steps';
import { storyPackFor } from '../src/languages';
import { annotate } from '../src/nlp/annotate';
import { loadNerLanguage, nerTaggerFor } from '../src/nlp/ner/languages';
import { tagSentences } from '../src/nlp/ner/tag-sentences';
import type { NerSpan, NerType } from '../src/nlp/ner/tags';
import {
  type CorpusStyle,
  EFE_STYLE,
  misalignedCounts,
  PARAGRAPH_STYLE,
  perSentence,
  printErrors,
  REUTERS_STYLE,
  type RunLanguage,
  runAblation,
  runArticles,
} from './_conll-articles';

const TYPES: NerType[] = ['PER', 'ORG', 'LOC'];
// Both taggers see a few documents first, so the timed pass measures warm code, not the JIT and lazy loading.
const WARM_UP_DOCS = 20;
// Speed is tokens per CPU second (the machine may be shared), the best of a few passes; compromise is too slow
// to repeat.
const COPYDESK_PASSES = 3;
const { values: flags } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    split: { type: 'string' },
    errors: { type: 'boolean', default: false },
    ablation: { type: 'boolean', default: false },
  },
});
const lang = flags.lang!;
const english = lang === 'en';
if (!english && !(['es', 'nl', 'de'] as string[]).includes(lang)) {
  process.stderr.write(`--lang must be en, es, nl or de (the languages with gold data), not ${lang}\n`);
  process.exit(1);
}
const split = flags.split ?? (english ? 'valid' : 'tune');
const splits = english ? ['valid', 'tune'] : ['tune', 'report'];
if (!splits.includes(split)) {
  process.stderr.write(`--split must be ${splits.join(' or ')} for ${lang}, not ${split}\n`);
  process.exit(1);
}
const shared = process.env.COPYDESK_SHARED ?? resolve(process.cwd(), '..', 'shared');
const corpus = resolve(shared, 'corpora/conll2003-traindev');
function languageDocs(): { docs: ConllSentence[][]; name: string } {
  if (english)
    return split === 'tune'
      ? {
          docs: tuneDocuments(readConll(resolve(corpus, 'train.txt'))),
          name: 'CoNLL-2003 train.txt, last 15% of documents (tune)',
        }
      : { docs: readConll(resolve(corpus, 'valid.txt')), name: 'CoNLL-2003 valid.txt' };
  const code = lang as TrainedLanguage;
  if (split === 'report') return reportSet(code)!;
  const gold = trainingSets(code).find((set) => !set.silver)!;
  return { docs: tuneSet(code), name: `${gold.name}, last 15% of documents (tune)` };
}
const { docs, name: splitName } = languageDocs();
const STYLES: Record<string, CorpusStyle> = { en: REUTERS_STYLE, es: EFE_STYLE };
await loadNerLanguage(lang);
const tagger = nerTaggerFor(lang)!;
const pack = storyPackFor(lang);
const runLanguage: RunLanguage | null = pack ? { pack, style: STYLES[lang] ?? PARAGRAPH_STYLE } : null;
const sentences = docs.flat();
const tokenCount = sentences.reduce((n, s) => n + s.words.length, 0);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(
  gold: readonly NerSpan[][],
  guess: readonly NerSpan[][],
  extraFalse: ReadonlyMap<string, number> = new Map(),
): Map<string, Counts> {
  const counts = new Map<string, Counts>(['ALL', ...TYPES].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
  gold.forEach((g, i) => {
    const want = g.filter((s) => TYPES.includes(s.type));
    const got = (guess[i] ?? []).filter((s) => TYPES.includes(s.type));
    const wanted = new Set(want.map(key));
    const found = new Set(got.map(key));
    for (const s of got) {
      const hit = wanted.has(key(s));
      for (const t of ['ALL', s.type]) counts.get(t)![hit ? 'tp' : 'fp']++;
    }
    for (const s of want) if (!found.has(key(s))) for (const t of ['ALL', s.type]) counts.get(t)!.fn++;
  });
  for (const [type, n] of extraFalse) for (const t of ['ALL', type]) counts.get(t)!.fp += n;
  return counts;
}

function f1({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

// compromise reads text, so each sentence is joined with spaces and its matches are mapped back to word indices.
function tagWithCompromise(sentence: ConllSentence): NerSpan[] {
  const text = sentence.words.join(' ');
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let at = 0;
  sentence.words.forEach((w, i) => {
    starts.set(at, i);
    ends.set(at + w.length, i + 1);
    at += w.length + 1;
  });
  const doc = nlp(text);
  const spans: NerSpan[] = [];
  const kinds: [NerType, () => { json: (o: object) => unknown }][] = [
    ['PER', () => doc.people()],
    ['ORG', () => doc.organizations()],
    ['LOC', () => doc.places()],
  ];
  for (const [type, find] of kinds) {
    // biome-ignore lint/suspicious/noExplicitAny: compromise's offset output is loosely typed
    for (const m of find().json({ offset: true }) as any[]) {
      const trimmed = m.terms?.length ? m.terms : [];
      if (!trimmed.length) continue;
      const first = trimmed[0].offset;
      const last = trimmed[trimmed.length - 1].offset;
      const start = starts.get(first.start);
      const end = ends.get(last.start + last.length);
      if (start !== undefined && end !== undefined) spans.push({ start, end, type });
    }
  }
  return spans;
}

// The production path: each document detokenised to text (a sentence a block), tokenised by copydesk's own
// annotate(), tagged, and the names mapped back to CoNLL words by character offsets.
// Written text has no space before these: "Iran's", "Syria, Iraq".
const GLUED_LEFT = new Set(["'s", ',', '.', ':', ';', ')', '?', '!', "n't"]);

function tagAsText(doc: ConllSentence[]): NerSpan[][] {
  const blocks: { start: number; end: number }[] = [];
  const starts: Map<number, number>[] = [];
  const ends: Map<number, number>[] = [];
  let text = '';
  for (const sentence of doc) {
    if (text) text += '\n\n';
    const start = text.length;
    const s = new Map<number, number>();
    const e = new Map<number, number>();
    sentence.words.forEach((w, i) => {
      if (i && !GLUED_LEFT.has(w) && sentence.words[i - 1] !== '(') text += ' ';
      s.set(text.length, i);
      text += w;
      e.set(text.length, i + 1);
    });
    blocks.push({ start, end: text.length });
    starts.push(s);
    ends.push(e);
  }
  const body = { text, blocks: blocks.map((b) => ({ ...b, kind: 'paragraph' })) } as unknown as Body;
  const out: NerSpan[][] = doc.map(() => []);
  for (const m of recogniseNames(annotate(body, runLanguage!.pack))) {
    const b = blocks.findIndex((x) => x.start <= m.start && m.end <= x.end);
    const start = starts[b]?.get(m.start);
    const end = ends[b]?.get(m.end);
    if (start !== undefined && end !== undefined && m.type !== 'GROUP')
      out[b]!.push({ start, end, type: m.type });
  }
  return out;
}

function run(name: string, passes: number, tag: (part: ConllSentence[][]) => NerSpan[][]): void {
  tag(docs.slice(0, WARM_UP_DOCS));
  let guess: NerSpan[][] = [];
  let seconds = Number.POSITIVE_INFINITY;
  for (let k = 0; k < passes; k++) {
    const t0 = process.cpuUsage();
    guess = tag(docs);
    const used = process.cpuUsage(t0);
    seconds = Math.min(seconds, (used.user + used.system) / 1e6);
  }
  printRow(
    name,
    score(
      sentences.map((s) => s.spans),
      guess,
    ),
    seconds,
  );
}

function printRow(name: string, counts: Map<string, Counts>, seconds: number): void {
  const cells = ['ALL', ...TYPES].map((t) => {
    const { p, r, f } = f1(counts.get(t)!);
    return t === 'ALL' ? `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}` : `${t} ${f.toFixed(3)}`;
  });
  const speed = Number.isNaN(seconds)
    ? '–'
    : `${Math.round(tokenCount / seconds).toLocaleString('en')} tokens/s`;
  console.log(`| ${name} | ${cells.join(' | ')} | ${speed} |`);
}

console.log(`${splitName}: ${docs.length} documents, ${sentences.length} sentences, ${tokenCount} tokens`);
console.log('| tagger | PER+ORG+LOC strict | PER | ORG | LOC | speed |');
console.log('|---|---|---|---|---|---|');
run('copydesk', COPYDESK_PASSES, (part) =>
  part.flatMap((doc) =>
    tagSentences(
      doc.map((s) => s.words),
      tagger.model(),
      tagger.lexicon,
    ),
  ),
);
if (!runLanguage) {
  console.log(
    `No ${lang} story pack yet: parseArticle reads no entities in ${lang}; only the tagger is scored.`,
  );
  process.exit(0);
}
run('copydesk, own tokens', COPYDESK_PASSES, (part) => part.flatMap(tagAsText));
// Whole documents as plain-text articles: the tagger on the same canonical text, then what users get.
runArticles(docs.slice(0, WARM_UP_DOCS), runLanguage);
const articles = runArticles(docs, runLanguage);
if (articles.skipped)
  console.log(
    `${articles.skipped} documents read as a language without a story pack or without a loaded model`,
  );
const gold = sentences.map((s) => s.spans);
printRow(
  'copydesk, articles: recogniseNames',
  score(gold, perSentence(docs, articles.tagger), misalignedCounts(articles.tagger)),
  Number.NaN,
);
printRow(
  'copydesk, articles: Article.entities (parseArticle)',
  score(gold, perSentence(docs, articles.pipeline), misalignedCounts(articles.pipeline)),
  articles.seconds,
);
if (english) run('compromise', 1, (part) => part.flat().map(tagWithCompromise));
if (split === 'tune')
  console.log(
    `The shipped weights were retrained on all of ${english ? 'train.txt' : "the language's training sets"}, tune included, once the features and epochs were\n` +
      'chosen: the tagger rows here are training-set figures. For held-out tagger figures on tune, train with\n' +
      `\`pnpm --filter @copydesk/core train:ner${english ? '' : ` --lang ${lang}`} --hold-out tune\` (it prints them) and rerun this bench.`,
  );
if (flags.errors) printErrors(docs, articles);
if (flags.ablation) printAblation();

// What each step is worth: F1 with every step on, minus F1 with that step alone off (points, ×100).
function printAblation(): void {
  const runs = runAblation(docs, ENTITY_STEPS, runLanguage!);
  const scores = runs.map((run) => score(gold, perSentence(docs, run), misalignedCounts(run)));
  const full = scores[0]!;
  const pts = (a: Counts, b: Counts) => ((f1(a).f - f1(b).f) * 100).toFixed(2).replace(/^(?!-)/, '+');
  console.log(
    `\nAblation (extractEntities on the same text; full F1 ${f1(full.get('ALL')!).f.toFixed(3)}): points each step adds`,
  );
  console.log('| step | F1 without it | adds | PER | ORG | LOC |');
  console.log('|---|---|---|---|---|---|');
  ENTITY_STEPS.forEach((step, k) => {
    const off = scores[k + 1]!;
    const cells = TYPES.map((t) => pts(full.get(t)!, off.get(t)!));
    console.log(
      `| ${step} | ${f1(off.get('ALL')!).f.toFixed(3)} | ${pts(full.get('ALL')!, off.get('ALL')!)} | ${cells.join(' | ')} |`,
    );
  });
}
