import type { Annotated, Token } from '../../nlp/annotate';
import { tagSentences } from '../../nlp/ner/tag-sentences';
import type { Mention } from './mention';

/** Groups token indices by sentence. */
export function sentenceTokens(doc: Annotated): number[][] {
  const out: number[][] = doc.sentences.map(() => []);
  doc.tokens.forEach((t, i) => {
    if (t.sentence >= 0) out[t.sentence]!.push(i);
  });
  return out;
}

// "U.S" then "." as copydesk tokenises it reads "U.S." as the tagger learned it from CoNLL.
function wordOf(tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next?.text === '.' && next.start === t.end && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t.text))
    return `${t.text}.`;
  return t.text;
}

/** Runs the tagger over every sentence of the text (headline and captions too) and returns its names. */
export function recogniseNames(doc: Annotated): Mention[] {
  const { tokens } = doc;
  const bySentence = sentenceTokens(doc).filter((s) => s.length);
  const tagged = tagSentences(bySentence.map((ids) => ids.map((i) => wordOf(tokens, i))));
  const mentions: Mention[] = [];
  tagged.forEach((spans, s) => {
    const ids = bySentence[s]!;
    for (const span of spans) {
      const first = ids[span.start]!;
      const last = ids[span.end - 1]!;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      mentions.push({ start, end, text: doc.body.text.slice(start, end), first, last, type: span.type });
    }
  });
  return mentions;
}
