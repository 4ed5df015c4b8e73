// The labelled corpora of each language the entity tagger trains on, read from $COPYDESK_SHARED/corpora into
// documents of sentences (ConllSentence), with the split each language tunes on and the one it reports once.
// Used by train-ner.ts, build-clusters.ts and `pnpm bench entities --lang`.
//
// - Spanish: CoNLL-2002 esp.train / esp.testa (EFE). The files mark no documents; an EFE story opens with its
//   dateline sentence, "Madrid , 25 may ( EFE ) .", so a document starts at each sentence with "( EFE )" in its
//   first words.
// - Dutch: CoNLL-2002 ned.train / ned.testa (De Morgen), documents at -DOCSTART-.
// - German: GermEval 2014 NER-de-dev.tsv. Its first 70% of sentences train and tune, the last 30% are reported
//   once. Outer column only; PER, ORG, LOC kept; OTH is learnt as MISC (scored by nobody, but it keeps the
//   tagger from learning that a capitalised title is no name of any kind); the deriv and part forms
//   ("deutschen", "EU-Staaten") are not names under strict PER/ORG/LOC scoring and read as O. Its sentences
//   come from unrelated pages, so documents are runs of GERMEVAL_DOC sentences.
// - WikiANN (de, fr, nl, pt): silver PER/ORG/LOC from Wikipedia links; each sentence is its own document.
// Tune splits are the last TUNE_SHARE of each training set's documents (read-conll.ts), in file order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NerSpan, NerType } from '../src/nlp/ner/tags';
import { type ConllSentence, readConll, TUNE_SHARE, tuneDocuments } from './read-conll';

/** Languages with their own tagger; Italian reads with the Romance model (see NER_LANGUAGES in the loader). */
export const TRAINED_LANGUAGES = ['es', 'nl', 'de', 'fr', 'pt', 'it'] as const;
export type TrainedLanguage = (typeof TRAINED_LANGUAGES)[number];

/** German sentences per pseudo-document. */
export const GERMEVAL_DOC = 10;
/** The share of GermEval dev sentences that trains and tunes; the rest is reported. */
export const GERMEVAL_TRAIN_SHARE = 0.7;

export function sharedDir(): string {
  return process.env.COPYDESK_SHARED ?? resolve(import.meta.dirname, '../../../../shared');
}

const corpus = (path: string) => resolve(sharedDir(), 'corpora', path);

const EFE = /^\( EFE \)$/;

/** CoNLL-2002 Spanish, cut into EFE stories at their dateline sentences. */
export function readSpanish(path: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  for (const sentence of readConll(path).flat()) {
    const head = sentence.words.slice(0, 16);
    const opens = head.some((_, i) => EFE.test(head.slice(i, i + 3).join(' ')));
    if (opens || docs.length === 0) docs.push([]);
    docs[docs.length - 1]!.push(sentence);
  }
  return docs;
}

function spansOf(tags: readonly (NerType | null)[], begins: readonly boolean[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  tags.forEach((type, i) => {
    if (open && type === open.type && !begins[i]) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = type ? { start: i, end: i + 1, type } : null;
  });
  if (open) spans.push(open);
  return spans;
}

const GERMEVAL_TYPES: Record<string, NerType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'MISC' };

/** GermEval 2014 sentences (outer level), mapped as the header says. */
export function readGermEvalSentences(path: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let words: string[] = [];
  let tags: (NerType | null)[] = [];
  let begins: boolean[] = [];
  const flush = () => {
    if (words.length) out.push({ words, spans: spansOf(tags, begins) });
    words = [];
    tags = [];
    begins = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    words.push(cols[1]!);
    const tag = cols[2] ?? 'O';
    tags.push(GERMEVAL_TYPES[tag.slice(2)] ?? null);
    begins.push(tag.startsWith('B-'));
  }
  flush();
  return out;
}

function chunk(sentences: readonly ConllSentence[], size: number): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  for (let i = 0; i < sentences.length; i += size) docs.push(sentences.slice(i, i + size));
  return docs;
}

/** WikiANN: "xx:word<TAB>IOB2 tag" lines; every sentence a document of its own. */
export function readWikiann(lang: string): ConllSentence[][] {
  const out: ConllSentence[][] = [];
  let words: string[] = [];
  let tags: (NerType | null)[] = [];
  let begins: boolean[] = [];
  const prefix = `${lang}:`;
  const flush = () => {
    if (words.length) out.push([{ words, spans: spansOf(tags, begins) }]);
    words = [];
    tags = [];
    begins = [];
  };
  for (const line of readFileSync(corpus(`wikiann-train/${lang}.train`), 'utf8').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const word = line.slice(0, tab);
    const tag = line.slice(tab + 1).trim();
    words.push(word.startsWith(prefix) ? word.slice(prefix.length) : word);
    tags.push(tag === 'O' ? null : (tag.slice(2) as NerType));
    begins.push(tag.startsWith('B-'));
  }
  flush();
  return out;
}

/** A labelled set: its documents, the part held out for tuning, and where it came from. */
export interface NerSet {
  name: string;
  docs: ConllSentence[][];
  /** Silver (WikiANN) data, which a language may mix in only in part. */
  silver: boolean;
}

function germEval(): { train: ConllSentence[]; report: ConllSentence[] } {
  const all = readGermEvalSentences(corpus('germeval2014-dev/NER-de-dev.tsv'));
  const cut = Math.floor(all.length * GERMEVAL_TRAIN_SHARE);
  return { train: all.slice(0, cut), report: all.slice(cut) };
}

/** The labelled training sets of a language (each later split into train and tune). */
export function trainingSets(lang: TrainedLanguage): NerSet[] {
  const wikiann = (code: string): NerSet => ({
    name: `WikiANN ${code}.train`,
    docs: readWikiann(code),
    silver: true,
  });
  switch (lang) {
    case 'es':
      return [
        {
          name: 'CoNLL-2002 esp.train',
          docs: readSpanish(corpus('conll2002-traindev/esp.train')),
          silver: false,
        },
      ];
    case 'nl':
      return [
        {
          name: 'CoNLL-2002 ned.train',
          docs: readConll(corpus('conll2002-traindev/ned.train')),
          silver: false,
        },
        wikiann('nl'),
      ];
    case 'de':
      return [
        {
          name: 'GermEval 2014 dev, first 70% of sentences',
          docs: chunk(germEval().train, GERMEVAL_DOC),
          silver: false,
        },
        wikiann('de'),
      ];
    case 'fr':
      return [wikiann('fr')];
    case 'pt':
      return [wikiann('pt')];
    case 'it':
      // No Italian data here: the Romance model learns from the Spanish gold and French and Portuguese silver.
      return [
        {
          name: 'CoNLL-2002 esp.train',
          docs: readSpanish(corpus('conll2002-traindev/esp.train')),
          silver: false,
        },
        wikiann('fr'),
        wikiann('pt'),
      ];
  }
}

/** The gold part a language tunes on: the last TUNE_SHARE of its gold training set (its silver set's if none). */
export function tuneSet(lang: TrainedLanguage): ConllSentence[][] {
  const sets = trainingSets(lang);
  const gold = sets.find((s) => !s.silver) ?? sets[0]!;
  return tuneDocuments(gold.docs);
}

/** The split reported once at the end: esp.testa, ned.testa, GermEval's last 30%; null where there is none. */
export function reportSet(lang: TrainedLanguage): { name: string; docs: ConllSentence[][] } | null {
  switch (lang) {
    case 'es':
      return { name: 'CoNLL-2002 esp.testa', docs: readSpanish(corpus('conll2002-traindev/esp.testa')) };
    case 'nl':
      return { name: 'CoNLL-2002 ned.testa', docs: readConll(corpus('conll2002-traindev/ned.testa')) };
    case 'de':
      return {
        name: 'GermEval 2014 dev, last 30% of sentences',
        docs: chunk(germEval().report, GERMEVAL_DOC),
      };
    default:
      return null;
  }
}

export { TUNE_SHARE };
