// CoNLL documents as a user's plain-text articles: detokenised, parsed with parseArticle, and each entity
// mention mapped back to CoNLL words, beside the tagger alone on the same canonical text. Used by entities.ts,
// for English (CoNLL-2003) and, with a story pack and a corpus style, for the other languages' corpora.
import type { ConllSentence } from '../scripts/read-conll';
import { extractEntities } from '../src/extract/entities/extract-entities';
import { recogniseNames } from '../src/extract/entities/recognise-names';
import type { EntityStep } from '../src/extract/entities/steps';
import { parseArticle } from '../src/index';
import { ENGLISH } from '../src/languages';
import type { StoryPack } from '../src/languages/types';
import { annotate } from '../src/nlp/annotate';
import type { NerSpan, NerType } from '../src/nlp/ner/tags';
import { readText } from '../src/read/text/read-text';
import type { Entity } from '../src/schema/article';

/** A predicted name in CoNLL words of one sentence; GROUP is kept for the error listing but never scored. */
export interface WordSpan {
  sentence: number;
  start: number;
  end: number;
  type: NerType | 'GROUP';
  text: string;
  /** For a name off word boundaries: the canonical text around it. */
  around?: string;
}

/** One document's predictions, with the names that do not fall on CoNLL word boundaries kept apart. */
export interface DocPrediction {
  spans: WordSpan[];
  misaligned: WordSpan[];
}

export interface ArticleRun {
  pipeline: DocPrediction[];
  /** recogniseNames on the same canonical text the pipeline read (English pack). */
  tagger: DocPrediction[];
  /** Documents whose detected language had no story pack, so parseArticle returned no entities. */
  skipped: number;
  /** CoNLL words not found in Article.text, per document as "sentence:word" (a byline goes to `authors`). */
  lostWords: Set<string>[];
  /** CPU seconds spent in parseArticle alone. */
  seconds: number;
}

const ENTITY_TYPES: Record<Entity['type'], NerType | 'GROUP'> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
  group: 'GROUP',
};

// Written text has no space before these: "Iran's", "Syria, Iraq".
const GLUED_LEFT = new Set(["'s", ',', '.', ':', ';', ')', '?', '!', "n't"]);
// CoNLL keeps the Reuters dateline as a sentence of its own: a place in capitals and an ISO date.
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]* \d{4}-\d{2}-\d{2}$/u;

/** How a corpus lays out a story: which sentence runs on in the paragraph of the sentence before it. */
export interface CorpusStyle {
  /** Whether sentence i (i > 0) continues the paragraph of sentence i - 1 instead of opening its own. */
  joinsPrevious(doc: readonly ConllSentence[], i: number): boolean;
}

/** CoNLL-2003 (Reuters): the dateline sentence opens the first paragraph (after the headline). */
export const REUTERS_STYLE: CorpusStyle = {
  joinsPrevious: (doc, i) => i > 1 && DATELINE.test(doc[i - 1]!.words.join(' ')),
};

// CoNLL-2002 keeps EFE's dateline "Madrid , 25 may ( EFE ) ." and the dash after it as sentences of their own.
const EFE_DATELINE = /\( EFE \)/;

/** CoNLL-2002 Spanish (EFE): the dateline, its dash and the first sentence are one paragraph; no headline. */
export const EFE_STYLE: CorpusStyle = {
  joinsPrevious: (doc, i) => {
    const previous = doc[i - 1]!.words.join(' ');
    return (i === 1 && EFE_DATELINE.test(previous)) || (i === 2 && doc[1]!.words.join(' ') === '-');
  },
};

/** Every sentence a paragraph of its own (De Morgen, GermEval). */
export const PARAGRAPH_STYLE: CorpusStyle = { joinsPrevious: () => false };

interface Detokenised {
  text: string;
  /** Character offsets in `text` of each word, per sentence. */
  offsets: { start: number; end: number }[][];
}

function joinWords(words: readonly string[], at: number, offsets: { start: number; end: number }[]): string {
  let out = '';
  words.forEach((w, i) => {
    if (i && !GLUED_LEFT.has(w) && words[i - 1] !== '(') out += ' ';
    offsets.push({ start: at + out.length, end: at + out.length + w.length });
    out += w;
  });
  return out;
}

/**
 * A wire story as a user would paste it: the first sentence is the headline, the dateline sentence opens the
 * first paragraph, and every other CoNLL sentence is a paragraph of its own (CoNLL keeps no paragraph breaks;
 * Reuters paragraphs are mostly one sentence, and result tables one row a line).
 */
export function detokenise(doc: readonly ConllSentence[], style: CorpusStyle = REUTERS_STYLE): Detokenised {
  let text = '';
  const offsets: { start: number; end: number }[][] = [];
  doc.forEach((sentence, i) => {
    if (i > 0) text += style.joinsPrevious(doc, i) ? ' ' : '\n\n';
    const own: { start: number; end: number }[] = [];
    text += joinWords(sentence.words, text.length, own);
    offsets.push(own);
  });
  return { text, offsets };
}

/**
 * Where each CoNLL word stands in `canonical` (Article.text), found by a forward-moving search from where the
 * previous word ended: the reader normalises typography and white space, so offsets are not assumed equal.
 */
function alignWords(
  doc: readonly ConllSentence[],
  canonical: string,
): {
  starts: Map<number, [number, number]>;
  ends: Map<number, [number, number]>;
  placed: { s: number; w: number; start: number; end: number }[];
  lost: Set<string>;
} {
  const starts = new Map<number, [number, number]>();
  const ends = new Map<number, [number, number]>();
  const placed: { s: number; w: number; start: number; end: number }[] = [];
  let cursor = 0;
  const lost = new Set<string>();
  doc.forEach((sentence, s) => {
    sentence.words.forEach((word, w) => {
      const at = canonical.indexOf(word, cursor);
      // A word more than a short stretch ahead is not this one: a normalised character hid it.
      if (at < 0 || at - cursor > 40) {
        lost.add(`${s}:${w}`);
        return;
      }
      starts.set(at, [s, w]);
      ends.set(at + word.length, [s, w + 1]);
      placed.push({ s, w, start: at, end: at + word.length });
      cursor = at + word.length;
    });
  });
  return { starts, ends, placed, lost };
}

function toWords(
  mentions: readonly { start: number; end: number; text: string; type: NerType | 'GROUP' }[],
  align: ReturnType<typeof alignWords>,
  canonical: string,
): DocPrediction {
  const spans: WordSpan[] = [];
  const misaligned: WordSpan[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = `${m.start}:${m.end}:${m.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = align.starts.get(m.start);
    const b = align.ends.get(m.end);
    if (a && b && a[0] === b[0])
      spans.push({ sentence: a[0], start: a[1], end: b[1], type: m.type, text: m.text });
    else {
      const around = canonical.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ');
      // The CoNLL words it overlaps, so the error listing can call it a boundary error; it never scores.
      const under = align.placed.filter((p) => p.start < m.end && m.start < p.end);
      const first = under[0];
      const last = under[under.length - 1];
      misaligned.push({
        sentence: first?.s ?? -1,
        start: first?.w ?? -1,
        end: last && last.s === first?.s ? last.w + 1 : (first?.w ?? -1) + 1,
        type: m.type,
        text: m.text,
        around,
      });
    }
  }
  return { spans, misaligned };
}

/** The language of a run: its story pack (English by default) and how its corpus lays out a story. */
export interface RunLanguage {
  pack: StoryPack;
  style: CorpusStyle;
}

const ENGLISH_RUN: RunLanguage = { pack: ENGLISH, style: REUTERS_STYLE };

/** Parses each document as a plain-text article and maps Article.entities and the tagger's names to CoNLL words. */
export function runArticles(
  docs: readonly ConllSentence[][],
  language: RunLanguage = ENGLISH_RUN,
): ArticleRun {
  const run: ArticleRun = { pipeline: [], tagger: [], skipped: 0, lostWords: [], seconds: 0 };
  for (const doc of docs) {
    const { text } = detokenise(doc, language.style);
    const t0 = process.cpuUsage();
    // Quotes read the entities and never change them, so they stay off for speed.
    const article = parseArticle(text, {
      type: 'text',
      extractors: { entities: true, quotes: false, dates: false, casualties: false },
    });
    const used = process.cpuUsage(t0);
    run.seconds += (used.user + used.system) / 1e6;
    if (article.warnings.some((w) => w.code === 'unsupported-language' || w.code === 'model-not-loaded'))
      run.skipped++;
    const align = alignWords(doc, article.text);
    run.lostWords.push(align.lost);
    run.pipeline.push(
      toWords(
        article.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: ENTITY_TYPES[e.type] }))),
        align,
        article.text,
      ),
    );
    const body = readText(text);
    if (body.text !== article.text)
      throw new Error('readText and parseArticle disagree on the canonical text');
    run.tagger.push(toWords(recogniseNames(annotate(body, language.pack)), align, body.text));
  }
  return run;
}

/**
 * extractEntities on each document's canonical text (as parseArticle reads it) once with every step and once
 * with each of `steps` switched off: the predictions per run, the full run first. The text is annotated once.
 */
export function runAblation(
  docs: readonly ConllSentence[][],
  steps: readonly EntityStep[],
  language: RunLanguage = ENGLISH_RUN,
): DocPrediction[][] {
  const runs: DocPrediction[][] = [[], ...steps.map(() => [])];
  const offs = [new Set<EntityStep>(), ...steps.map((s) => new Set([s]))];
  for (const doc of docs) {
    const body = readText(detokenise(doc, language.style).text);
    const annotated = annotate(body, language.pack);
    const align = alignWords(doc, body.text);
    offs.forEach((off, k) => {
      const entities = extractEntities(annotated, { off });
      const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: ENTITY_TYPES[e.type] })));
      runs[k]!.push(toWords(mentions, align, body.text));
    });
  }
  return runs;
}

/** Per-sentence spans of the scored types, as the table's scorer takes them. */
export function perSentence(
  docs: readonly ConllSentence[][],
  predictions: readonly DocPrediction[],
): NerSpan[][] {
  return docs.flatMap((doc, d) => {
    const out: NerSpan[][] = doc.map(() => []);
    for (const s of predictions[d]!.spans)
      if (s.type !== 'GROUP' && s.type !== 'MISC')
        out[s.sentence]!.push({ start: s.start, end: s.end, type: s.type });
    return out;
  });
}

/** Names off CoNLL word boundaries, by type: each is a false positive under strict scoring. */
export function misalignedCounts(predictions: readonly DocPrediction[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of predictions)
    for (const s of p.misaligned)
      if (s.type !== 'GROUP' && s.type !== 'MISC') counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return counts;
}

const SCORED = new Set<string>(['PER', 'ORG', 'LOC']);
const PLACE_WORDS: Record<string, string> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  GROUP: 'group',
};

class Causes {
  private readonly rows = new Map<string, { count: number; examples: string[] }>();
  constructor(private readonly perCause: number) {}
  add(cause: string, example: string): void {
    const row = this.rows.get(cause) ?? { count: 0, examples: [] };
    row.count++;
    if (row.examples.length < this.perCause) row.examples.push(example);
    this.rows.set(cause, row);
  }
  print(title: string): void {
    const total = [...this.rows.values()].reduce((n, r) => n + r.count, 0);
    console.log(`\n${title}: ${total}`);
    for (const [cause, row] of [...this.rows].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(row.count).padStart(5)}  ${cause}`);
      for (const e of row.examples) console.log(`           ${e}`);
    }
  }
}

const count = (predictions: readonly DocPrediction[]) =>
  predictions.reduce((n, p) => n + p.misaligned.length, 0);
const spanKey = (s: { sentence: number; start: number; end: number }) => `${s.sentence}:${s.start}:${s.end}`;
const typedKey = (s: { sentence: number; start: number; end: number; type: string }) =>
  `${spanKey(s)}:${s.type}`;

/**
 * The pipeline's errors grouped by cause, and where it gains or loses against the tagger alone on the same text.
 * Prints to stdout; examples quote the corpus and are not for the repository.
 */
export function printErrors(docs: readonly ConllSentence[][], run: ArticleRun, perCause = 3): void {
  const falsePositives = new Causes(perCause);
  const misses = new Causes(perCause);
  const lost = new Causes(perCause);
  const gained = new Causes(perCause);
  docs.forEach((doc, d) => {
    const gold: WordSpan[] = doc.flatMap((s, i) =>
      s.spans.map((g) => ({ sentence: i, ...g, text: s.words.slice(g.start, g.end).join(' ') })),
    );
    const scoredGold = gold.filter((g) => SCORED.has(g.type));
    const goldTyped = new Set(scoredGold.map(typedKey));
    const goldBySpan = new Map(gold.map((g) => [spanKey(g), g.type]));
    const pipe = run.pipeline[d]!.spans;
    const offWords = run.pipeline[d]!.misaligned;
    const tag = run.tagger[d]!.spans;
    const pipeTyped = new Set(pipe.map(typedKey));
    const tagTyped = new Set(tag.map(typedKey));
    const pipeBySpan = new Map<string, string[]>();
    for (const p of pipe) pipeBySpan.set(spanKey(p), [...(pipeBySpan.get(spanKey(p)) ?? []), p.type]);
    const overlaps = (a: WordSpan, b: WordSpan) =>
      a.sentence === b.sentence && a.start < b.end && b.start < a.end;
    const context = (s: WordSpan) => {
      const words = doc[s.sentence]?.words ?? [];
      const line = words.slice(Math.max(0, s.start - 6), s.end + 6).join(' ');
      return `"${s.text}" in: ${line.length > 90 ? `${line.slice(0, 90)}…` : line}`;
    };
    const origin = (p: WordSpan) => (tagTyped.has(typedKey(p)) ? 'tagger too' : 'added by the pipeline');

    for (const p of pipe) {
      if (!SCORED.has(p.type) || goldTyped.has(typedKey(p))) continue;
      const same = goldBySpan.get(spanKey(p));
      if (same && SCORED.has(same))
        falsePositives.add(`wrong type ${same}→${p.type} (${origin(p)})`, context(p));
      else if (same === 'MISC')
        falsePositives.add(`${p.type} on a gold MISC name (${origin(p)})`, context(p));
      else if (scoredGold.some((g) => overlaps(g, p)))
        falsePositives.add(`boundary ${p.type} (${origin(p)})`, context(p));
      else falsePositives.add(`false ${PLACE_WORDS[p.type]} (${origin(p)})`, context(p));
    }
    for (const p of run.pipeline[d]!.misaligned)
      if (SCORED.has(p.type))
        falsePositives.add(`${p.type} off CoNLL word boundaries`, `"${p.text}" in: ${p.around}`);

    for (const g of scoredGold) {
      const taggerRight = tagTyped.has(typedKey(g));
      if (pipeTyped.has(typedKey(g))) {
        if (!taggerRight) {
          const had = tag.find((t) => spanKey(t) === spanKey(g));
          const how = had
            ? `tagger typed it ${had.type}`
            : tag.some((t) => overlaps(t, g))
              ? 'tagger had other boundaries'
              : 'tagger missed it';
          gained.add(`${g.type}: ${how}`, context(g));
        }
        continue;
      }
      const was = taggerRight ? 'tagger had it right' : 'tagger wrong too';
      const typed = pipeBySpan.get(spanKey(g));
      let cause: string;
      const outside = Array.from({ length: g.end - g.start }, (_, k) => `${g.sentence}:${g.start + k}`);
      if (outside.some((w) => run.lostWords[d]!.has(w)))
        cause = `${g.type} not in Article.text (the reader moved it out: a byline)`;
      else if (typed) cause = `wrong type ${g.type}→${typed.join('/')}`;
      else if (pipe.some((p) => overlaps(p, g))) cause = `boundary ${g.type}`;
      else if (offWords.some((p) => overlaps(p, g))) cause = `boundary ${g.type} (off CoNLL word boundaries)`;
      else cause = `missed ${g.type}`;
      misses.add(`${cause} (${was})`, context(g));
      if (taggerRight) lost.add(cause, context(g));
    }
  });
  console.log(
    `\nErrors of Article.entities (parseArticle) against the gold, and against recogniseNames on the same text.` +
      `\nA wrong type costs a false positive and a miss; a name typed as a group costs only the miss (groups are not scored).` +
      `\n${run.skipped} documents read as a language without a story pack; ${run.lostWords.reduce((n, l) => n + l.size, 0)} CoNLL words not found in Article.text;` +
      ` names off CoNLL word boundaries: ${count(run.pipeline)} from the pipeline, ${count(run.tagger)} from the tagger alone.`,
  );
  falsePositives.print('False positives by cause');
  misses.print('Misses by cause');
  lost.print('Lost by the pipeline (the tagger alone had these right), by what the pipeline made of them');
  gained.print('Gained by the pipeline (right in Article.entities, not from the tagger alone)');
}
