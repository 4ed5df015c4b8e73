import type { Body } from '../body';
import { ENGLISH } from '../languages';
import type { SentenceWords, StoryPack } from '../languages/types';
import { type DateExpression, findDateExpressions } from './dates/find-date-expressions';
import { type TaggedSentence, tagNames } from './ner/tag-names';

/** A token of the canonical text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lower case, computed once. */
  lower: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the body block holding the sentence. */
  block: number;
}

/** The canonical text tokenised and split into sentences once, for every extractor to share. */
export interface Annotated {
  body: Body;
  /** The language pack of the article, whose words every extractor reads. */
  pack: StoryPack;
  tokens: Token[];
  sentences: Sentence[];
  /** Date expressions in the tokens, found on first use and shared by the dates and casualties extractors. */
  readonly dates: readonly DateExpression[];
  /** The name tagger's output per sentence, computed on first use (only when entities or quotes need it). */
  readonly names: readonly TaggedSentence[];
}

// Words, numbers with their separators, and single punctuation marks.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['.,\-–/&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const isUpper = (ch: string | undefined) => !!ch && ch !== ch.toLowerCase();
const isLower = (ch: string | undefined) => !!ch && ch !== ch.toUpperCase();

/**
 * Splits a matched word where names end: after an elided article ("l'ONU" → "l'" "ONU"), a possessive "'s"
 * ("Iran's" → "Iran" "'s") and a hyphen between a name and an adjective ending ("Britain-based" → "Britain" "-"
 * "based"; "al-Assad" stays whole).
 */
function splitWord(word: string, start: number, out: Token[], words: SentenceWords): void {
  let from = 0;
  const push = (a: number, b: number) => {
    if (b <= a) return;
    const text = word.slice(a, b);
    out.push({ start: start + a, end: start + b, text, lower: text.toLowerCase(), sentence: -1 });
  };
  // An elided article stands apart from its word, which may be a name: "l'ONU" → "l'" "ONU".
  const apostrophe = words.elisions.size > 0 ? word.indexOf("'") : -1;
  if (apostrophe > 0 && words.elisions.has(word.slice(0, apostrophe + 1).toLowerCase())) {
    push(0, apostrophe + 1);
    from = apostrophe + 1;
  }
  for (let i = from + 1; i < word.length - 1; i++) {
    if (word[i] !== '-' || !isUpper(word[from]) || !isLower(word[i + 1])) continue;
    // Only before the words that make a name an adjective: "Kim In-so" and "Chester-le-Street" stay whole.
    const rest = word.slice(i + 1);
    if (!words.nameSuffixes.has(rest)) continue;
    push(from, i);
    push(i, i + 1);
    from = i + 1;
  }
  const possessive = word.length - from > 2 && word.endsWith("'s") && isLetter(word[word.length - 3]);
  if (possessive) {
    push(from, word.length - 2);
    push(word.length - 2, word.length);
  } else push(from, word.length);
}

/**
 * Splits a word at a slash between a letter and a capital, as the CoNLL files print such words: a photo credit's
 * "Ngan/AFP" is a name, a slash and an agency. "and/or", "km/h" and "24/7" stay whole.
 */
function splitAtNameSlash(word: string, start: number, out: Token[], words: SentenceWords): void {
  let from = 0;
  for (let i = word.indexOf('/', 1); i > 0 && i < word.length - 1; i = word.indexOf('/', i + 1)) {
    if (!isLetter(word[i - 1]) || !isUpper(word[i + 1])) continue;
    splitWord(word.slice(from, i), start + from, out, words);
    out.push({ start: start + i, end: start + i + 1, text: '/', lower: '/', sentence: -1 });
    from = i + 1;
  }
  splitWord(from === 0 ? word : word.slice(from), start + from, out, words);
}

function isLetter(ch: string | undefined): boolean {
  return isUpper(ch) || isLower(ch);
}

function endsSentence(text: string, tokens: Token[], i: number, words: SentenceWords): boolean {
  const t = tokens[i]!;
  if (t.text !== '.' && t.text !== '!' && t.text !== '?') return false;
  const prev = tokens[i - 1];
  if (t.text === '.' && prev && prev.end === t.start) {
    if (words.abbreviations.has(prev.lower) || /^\p{Lu}$/u.test(prev.text)) return false;
    // German ordinals: "am 12. März" goes on.
    if (/^\d{1,2}$/.test(prev.text) && words.ordinalNouns.has(tokens[i + 1]?.lower ?? '')) return false;
  }
  // A closing quote or bracket right after the mark still belongs to the sentence.
  let j = i + 1;
  while (j < tokens.length && /^["')\]]$/.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end)
    j++;
  const next = tokens[j];
  if (!next) return true;
  return /^[\p{Lu}\p{N}"'([]/u.test(next.text) || text.slice(t.end, next.start).includes('\n');
}

/** Tokenises every block of the body with the words of `pack` (English by default) and splits it into sentences. */
export function annotate(body: Body, pack: StoryPack = ENGLISH): Annotated {
  const words = pack.story.sentences;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  body.blocks.forEach((block, b) => {
    const slice = body.text.slice(block.start, block.end);
    const blockTokens: Token[] = [];
    for (const m of slice.matchAll(TOKEN)) splitAtNameSlash(m[0], block.start + m.index, blockTokens, words);
    let sentenceStart = 0;
    for (let i = 0; i < blockTokens.length; i++) {
      let last = i;
      const closes = i === blockTokens.length - 1 || endsSentence(body.text, blockTokens, i, words);
      if (!closes) continue;
      while (
        last + 1 < blockTokens.length &&
        /^["')\]]$/.test(blockTokens[last + 1]!.text) &&
        blockTokens[last + 1]!.start === blockTokens[last]!.end
      )
        last++;
      const index = sentences.length;
      for (let k = sentenceStart; k <= last; k++) blockTokens[k]!.sentence = index;
      sentences.push({ start: blockTokens[sentenceStart]!.start, end: blockTokens[last]!.end, block: b });
      sentenceStart = last + 1;
      i = last;
    }
    for (const t of blockTokens) tokens.push(t);
  });
  let dates: DateExpression[] | undefined;
  let names: TaggedSentence[] | undefined;
  return {
    body,
    pack,
    tokens,
    sentences,
    get dates() {
      dates ??= findDateExpressions(tokens, pack.story.dates, pack.story.numbers);
      return dates;
    },
    get names() {
      names ??= tagNames(tokens, sentences.length, pack.code);
      return names;
    },
  };
}
