// Reads CoNLL-2003 files (word POS chunk NER, IOB1) into documents of sentences with their name spans.
import { readFileSync } from 'node:fs';
import type { NerSpan, NerType } from '../src/nlp/ner/tags';

export interface ConllSentence {
  words: string[];
  spans: NerSpan[];
}

function iobSpans(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as NerType);
    const continues = open && type === open.type && tag[0] === 'I';
    if (continues) {
      open!.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = type ? { start: i, end: i + 1, type } : null;
  });
  if (open) spans.push(open);
  return spans;
}

/** Documents (split at -DOCSTART-) of sentences. */
export function readConll(path: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) doc.push({ words, spans: iobSpans(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

/** The share of train.txt's documents, taken from its end, kept for tuning features, epochs and rules. */
export const TUNE_SHARE = 0.15;

/** The tuning split: the last 15% of the documents of train.txt, in document order. */
export function tuneDocuments(train: readonly ConllSentence[][]): ConllSentence[][] {
  return train.slice(Math.floor(train.length * (1 - TUNE_SHARE)));
}

/** The documents the tagger trains on: all of train.txt, or (holding out "tune") all but the tuning split. */
export function trainingDocuments(
  train: readonly ConllSentence[][],
  holdOut: 'tune' | null,
): ConllSentence[][] {
  if (holdOut !== 'tune') return train.slice();
  const held = new Set(tuneDocuments(train));
  return train.filter((doc) => !held.has(doc));
}
