import type { Body } from '../body';

/** A token of the canonical text. */
export interface Token {
  start: number;
  end: number;
  text: string;
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
  tokens: Token[];
  sentences: Sentence[];
}

// Words, numbers with their separators, and single punctuation marks.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['.,\-–/&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col sgt capt maj sen rep gov pres st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m mt ft'.split(
    ' ',
  ),
);

const NAME_SUFFIXES = new Set(
  'based led backed held controlled owned born bound made run funded allied linked affiliated aligned sponsored brokered dominated style era wide area bred trained educated listed registered'.split(
    ' ',
  ),
);
const isUpper = (ch: string | undefined) => !!ch && ch !== ch.toLowerCase();
const isLower = (ch: string | undefined) => !!ch && ch !== ch.toUpperCase();

/**
 * Splits a matched word where names end: a possessive "'s" ("Iran's" → "Iran" "'s") and a hyphen between a
 * name and an adjective ending ("Britain-based" → "Britain" "-" "based"; "al-Assad" stays whole).
 */
function splitWord(word: string, start: number, out: Token[]): void {
  let from = 0;
  const push = (a: number, b: number) => {
    if (b > a) out.push({ start: start + a, end: start + b, text: word.slice(a, b), sentence: -1 });
  };
  for (let i = 1; i < word.length - 1; i++) {
    if (word[i] !== '-' || !isUpper(word[from]) || !isLower(word[i + 1])) continue;
    // Only before the words that make a name an adjective: "Kim In-so" and "Chester-le-Street" stay whole.
    const rest = word.slice(i + 1);
    if (!NAME_SUFFIXES.has(rest)) continue;
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

function isLetter(ch: string | undefined): boolean {
  return isUpper(ch) || isLower(ch);
}

function endsSentence(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== '.' && t.text !== '!' && t.text !== '?') return false;
  const prev = tokens[i - 1];
  if (t.text === '.' && prev && prev.end === t.start) {
    const word = prev.text.toLowerCase();
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(prev.text)) return false;
  }
  // A closing quote or bracket right after the mark still belongs to the sentence.
  let j = i + 1;
  while (j < tokens.length && /^["')\]]$/.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end)
    j++;
  const next = tokens[j];
  if (!next) return true;
  return /^[\p{Lu}\p{N}"'([]/u.test(next.text) || text.slice(t.end, next.start).includes('\n');
}

/** Tokenises every block of the body and splits it into sentences. */
export function annotate(body: Body): Annotated {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  body.blocks.forEach((block, b) => {
    const slice = body.text.slice(block.start, block.end);
    const blockTokens: Token[] = [];
    for (const m of slice.matchAll(TOKEN)) splitWord(m[0], block.start + m.index, blockTokens);
    let sentenceStart = 0;
    for (let i = 0; i < blockTokens.length; i++) {
      let last = i;
      const closes = i === blockTokens.length - 1 || endsSentence(body.text, blockTokens, i);
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
  return { body, tokens, sentences };
}
