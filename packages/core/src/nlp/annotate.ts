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
    for (const m of slice.matchAll(TOKEN)) {
      const start = block.start + m.index;
      blockTokens.push({ start, end: start + m[0].length, text: m[0], sentence: -1 });
    }
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
