import { BODY_BLOCK_KINDS } from '../../body';
import type { QuoteWords } from '../../languages/types';
import type { Annotated, Token } from '../../nlp/annotate';
import { isTitleCaseLine } from '../entities/name-tokens';

/** The dash tokens that set off an aside or close a clause: em and en dash. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–']);

const SPEECH_FRONT = new Set(['headline', 'dek']);

/** The annotated document with per-sentence token ranges, shared by every quotes step. */
export interface DocView {
  text: string;
  tokens: Token[];
  /** First token index of each sentence. */
  sentenceFirst: Int32Array;
  /** One past the last token index of each sentence. */
  sentenceEnd: Int32Array;
  /** Block index of each sentence. */
  sentenceBlock: Int32Array;
  /** Whether each block is part of the story body. */
  bodyBlock: boolean[];
  /**
   * Whether each body block may lend a name to a short reference: not a heading in title case, whose capitalised
   * run is a section title ("When Should You Start Training"), not a name.
   */
  nameBlock: boolean[];
  /** Whether each block may hold quotes: the body, the headline and the dek ("Trump Says He Will Win"). */
  speechBlock: boolean[];
  /** Lower-cased token texts, computed once. */
  lower: string[];
  /** The quote words of the article's language. */
  words: QuoteWords;
  /** Nouns of a kind of place ("city", "village"): "the city of Nice" is the place it names. */
  placeNouns: ReadonlySet<string>;
  /** Nouns for people, singular and plural ("officials", "person"), the language's casualty pack's list. */
  personNouns: ReadonlySet<string>;
  /** Where the dateline the reader found ends in `text` (its separator included), or -1 when there is none. */
  datelineEnd: number;
}

/** Indexes tokens by sentence once, so later steps never rescan the text. */
export function makeDocView(doc: Annotated): DocView {
  const { tokens, sentences } = doc;
  const n = sentences.length;
  const sentenceFirst = new Int32Array(n).fill(-1);
  const sentenceEnd = new Int32Array(n);
  const sentenceBlock = new Int32Array(n);
  sentences.forEach((s, i) => {
    sentenceBlock[i] = s.block;
  });
  const lower = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    lower[i] = t.lower;
    if (t.sentence < 0) continue;
    if (sentenceFirst[t.sentence] === -1) sentenceFirst[t.sentence] = i;
    sentenceEnd[t.sentence] = i + 1;
  }
  const bodyBlock = doc.body.blocks.map((b) => BODY_BLOCK_KINDS.has(b.kind));
  const nameBlock = doc.body.blocks.map(
    (b, i) =>
      bodyBlock[i]! && !(b.kind === 'heading' && isTitleCaseLine(doc.body.text.slice(b.start, b.end))),
  );
  const speechBlock = doc.body.blocks.map((b) => BODY_BLOCK_KINDS.has(b.kind) || SPEECH_FRONT.has(b.kind));
  return {
    text: doc.body.text,
    tokens,
    sentenceFirst,
    sentenceEnd,
    sentenceBlock,
    bodyBlock,
    nameBlock,
    speechBlock,
    lower,
    words: doc.pack.story.quotes,
    placeNouns: doc.pack.story.entities.placeNouns,
    personNouns: doc.pack.story.casualties.personNouns,
    datelineEnd: doc.body.dateline?.span.end ?? -1,
  };
}

/** Whether a token starts with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token) return false;
  const c = token.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(token.text);
}

/** The text of tokens `first` to `last` (inclusive) as written: "New York", "St. Louis". */
export function tokenText(view: DocView, first: number, last: number): string {
  return view.text.slice(view.tokens[first]!.start, view.tokens[last]!.end);
}

/** Whether a lower-case word joins a name to what it belongs to ("of", "for"), not two names as "and" does. */
export function isNameConnector(words: QuoteWords, w: string): boolean {
  return words.nameConnectors.has(w) && !words.coordinators.has(w);
}

/** Whether a lower-case word is a noun for people, singular or plural: "officials", "sources", "person". */
export function isPersonNoun(view: DocView, w: string): boolean {
  return view.personNouns.has(w) || view.words.personHeads.has(w.replace(/s$/, ''));
}

/** Whether a lower-case word is a title or role: listed, or a compound ending in one ("wfp-sprecher"). */
export function isTitleWord(words: QuoteWords, w: string): boolean {
  return words.titleWords.has(w) || words.titleEndings.some((e) => w.endsWith(e));
}

/** The gender a title shows: listed ("mrs"), or by its ending (German "ministerin"). */
export function titleGender(words: QuoteWords, w: string): 'male' | 'female' | undefined {
  const listed = words.genderedTitles.get(w);
  if (listed || !isTitleWord(words, w)) return listed;
  return words.genderedTitleEndings.find(([ending]) => w.endsWith(ending))?.[1];
}

/** The pronoun a word is: the word itself, or the subject of one kept whole with its auxiliary ("they've" → "they"). */
export function pronounOf(words: QuoteWords, word: string): string {
  return words.contractedSubject?.exec(word)?.[1] ?? word;
}

/** A word without an elided article glued to it: "l'AFP" → "AFP" (the whole word where the language elides none). */
export function withoutElision(words: QuoteWords, text: string): string {
  const m = words.elision.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Whether token `k` sets off an aside: a dash, or a hyphen with a space on each side ("… - dichiara X - …"). */
export function isAsideDash(view: DocView, k: number): boolean {
  const t = view.tokens[k];
  if (!t) return false;
  if (DASHES.has(t.text)) return true;
  if (t.text !== '-') return false;
  // A typed dash: " - ", or either hyphen of " -- " (the NYT's "said on Tuesday -- a development that …").
  const { text } = view;
  const before = text[t.start - 1];
  const after = text[t.end];
  if (before === ' ' && after === ' ') return true;
  return (
    (before === ' ' && after === '-' && text[t.end + 1] === ' ') ||
    (before === '-' && text[t.start - 2] === ' ' && after === ' ')
  );
}

/** Whether a token is a word (letters or digits), not punctuation. */
export function isWord(token: Token | undefined): boolean {
  return !!token && /^[\p{L}\p{N}]/u.test(token.text);
}

/** Whether a token can be part of a proper name: capitalised, or a particle form like "al-Zaatari". */
export function isNameWord(token: Token | undefined, words: QuoteWords): boolean {
  if (!token) return false;
  if (isCapitalised(token)) return true;
  const m = words.nameParticle.exec(token.text);
  return m !== null && /^\p{Lu}/u.test(token.text.slice(m[0].length));
}

/** Whether token `i` is an apostrophe glued to the token before it. */
function gluedApostrophe(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  return t?.text === "'" && view.tokens[i - 1]?.end === t.start;
}

/** Tokens a quotation mark at `i` spans: 1 for ", 2 for '' (the doubled apostrophes some wires use), else 0. */
export function markLength(view: DocView, i: number): number {
  const t = view.tokens[i];
  if (!t) return 0;
  if (t.text === '"') return 1;
  if (t.text !== "'" || !gluedApostrophe(view, i + 1)) return 0;
  // `…with 'old-school,''' said`: a nested quotation closes with the first of three apostrophes, and the doubled
  // mark is the last two; `'''We …` opens the doubled mark first.
  if (gluedApostrophe(view, i + 2) && !/[\p{L}\p{N}]/u.test(view.text[view.tokens[i + 2]!.end] ?? ''))
    return 0;
  return 2;
}

/** Whether token `i` is (part of) a double quotation mark. */
export function isMark(view: DocView, i: number): boolean {
  return markLength(view, i) > 0 || (view.tokens[i]?.text === "'" && markLength(view, i - 1) === 2);
}

/**
 * Whether the cue at `i` is the second verb of a coordination that takes the clause's subject: "and said",
 * "but added", "and then said", ", then says".
 */
export function isCoordinatedCue(view: DocView, i: number): boolean {
  const { lower, words } = view;
  if (words.coordinators.has(lower[i - 1] ?? '')) return true;
  // "…, and have pledged to end …", "but has also said": auxiliaries and adverbs after the coordinator.
  let aux = i - 1;
  while (
    aux > i - 1 - MAX_COORDINATED_TIME &&
    words.speakerSkip.has(lower[aux] ?? '') &&
    !words.timeWords.has(lower[aux] ?? '')
  )
    aux--;
  if (aux < i - 1 && words.coordinators.has(lower[aux] ?? '')) return true;
  // "… but on Tuesday wrote that …", "and last week said": a time phrase between the coordinator and the cue.
  let k = i - 1;
  while (
    k > i - 1 - MAX_COORDINATED_TIME &&
    (words.timeWords.has(lower[k] ?? '') || words.adjunctPrepositions.has(lower[k] ?? ''))
  )
    k--;
  if (k < i - 1 && words.timeWords.has(lower[i - 1] ?? '') && words.coordinators.has(lower[k] ?? ''))
    return true;
  if (!words.sequenceAdverbs.has(lower[i - 1] ?? '')) return false;
  return words.coordinators.has(lower[i - 2] ?? '') || lower[i - 2] === ',';
}

/** Most words of a time phrase between a coordinator and its cue: "and on Tuesday said". */
const MAX_COORDINATED_TIME = 3;
