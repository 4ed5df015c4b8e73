import type { Token } from '../annotate';
import { nerTaggerFor } from './languages';
import { tagSentences } from './tag-sentences';
import type { NerSpan } from './tags';

/** A word as the tagger sees it, over tokens first..last. */
export interface TaggerWord {
  text: string;
  first: number;
  last: number;
}

/** One sentence as the tagger read it: its words and the names it found among them. */
export interface TaggedSentence {
  /** Index of the sentence in `Annotated.sentences`. */
  sentence: number;
  words: TaggerWord[];
  /** Names as word ranges of `words`. */
  spans: NerSpan[];
}

// Initials ("U.S", "P"), and Spanish plural abbreviations, each letter doubled ("EE.UU", "CC.OO", "FF.AA").
const INITIALS = /^(?:(?:\p{Lu}\.)*\p{Lu}|(?:(\p{Lu})\1\.)+(\p{Lu})\2)$/u;

// "U.S" then "." as copydesk tokenises them are one word "U.S." as the tagger learned it from CoNLL; so are "P."
// and "." in "P. Simmons", and "EE.UU." as Spanish papers print it.
function wordsOf(tokens: readonly Token[], ids: readonly number[]): TaggerWord[] {
  const words: TaggerWord[] = [];
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

/**
 * Runs the name tagger of a language (primary subtag; English by default) once over every non-empty sentence of
 * the tokens (headline and captions too). A language whose model is not loaded gets no names rather than the
 * English tagger's guesses: parseArticle warns `model-not-loaded`.
 */
export function tagNames(tokens: readonly Token[], sentenceCount: number, language = 'en'): TaggedSentence[] {
  const ids: number[][] = Array.from({ length: sentenceCount }, () => []);
  tokens.forEach((t, i) => {
    if (t.sentence >= 0) ids[t.sentence]!.push(i);
  });
  const nonEmpty = ids.filter((s) => s.length);
  const sentences = nonEmpty.map((s) => wordsOf(tokens, s));
  const tagger = nerTaggerFor(language);
  const tagged = tagger
    ? tagSentences(
        sentences.map((words) => words.map((w) => w.text)),
        tagger.model(),
        tagger.lexicon,
      )
    : sentences.map(() => []);
  return nonEmpty.map((s, k) => ({
    sentence: tokens[s[0]!]!.sentence,
    words: sentences[k]!,
    spans: tagged[k]!,
  }));
}
