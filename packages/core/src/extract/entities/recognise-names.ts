import type { Annotated, Token } from '../../nlp/annotate';
import { tagSentences } from '../../nlp/ner/tag-sentences';
import { TITLE_CASE_SHARE } from './constants';
import type { Mention } from './mention';

/** Groups token indices by sentence. */
export function sentenceTokens(doc: Annotated): number[][] {
  const out: number[][] = doc.sentences.map(() => []);
  doc.tokens.forEach((t, i) => {
    if (t.sentence >= 0) out[t.sentence]!.push(i);
  });
  return out;
}

const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

interface Word {
  text: string;
  first: number;
  last: number;
}

// "U.S" then "." as copydesk tokenises them are one word "U.S." as the tagger learned it from CoNLL; so are "P."
// and "." in "P. Simmons".
function wordsOf(tokens: readonly Token[], ids: readonly number[]): Word[] {
  const words: Word[] = [];
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const dotted = k + 1 < ids.length && next?.text === '.' && next.start === t.end && INITIALS.test(t.text);
    const after = tokens[i + 2];
    // A dot that ends the sentence stays a word of its own.
    if (dotted && (k + 2 < ids.length || !after || after.sentence !== t.sentence)) {
      words.push({ text: `${t.text}.`, first: i, last: i + 1 });
      k++;
    } else words.push({ text: t.text, first: i, last: i });
  }
  return words;
}

function isTitleCase(words: readonly Word[]): boolean {
  const long = words.filter((w) => w.text.length > 3 && /^\p{L}/u.test(w.text));
  const capitalised = long.filter((w) => w.text[0] !== w.text[0]!.toLowerCase()).length;
  return long.length >= 4 && capitalised > long.length * TITLE_CASE_SHARE;
}

/** Runs the tagger over every sentence of the text (headline and captions too) and returns its names. */
export function recogniseNames(doc: Annotated): Mention[] {
  const { tokens } = doc;
  const nonEmpty = sentenceTokens(doc).filter((s) => s.length);
  const sentences = nonEmpty.map((ids) => wordsOf(tokens, ids));
  const inHeadline = nonEmpty.map((ids) => {
    const block = doc.sentences[tokens[ids[0]!]!.sentence]!.block;
    return doc.body.blocks[block]?.kind === 'headline';
  });
  const tagged = tagSentences(sentences.map((words) => words.map((w) => w.text)));
  const mentions: Mention[] = [];
  tagged.forEach((spans, s) => {
    const words = sentences[s]!;
    // The names of a title-case headline ("Trump Was Right") are found again from running text.
    if (inHeadline[s] && isTitleCase(words)) return;
    for (const span of spans) {
      const first = words[span.start]!.first;
      const last = words[span.end - 1]!.last;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      mentions.push({ start, end, text: doc.body.text.slice(start, end), first, last, type: span.type });
    }
  });
  return mentions;
}
