import type { Annotated } from '../../nlp/annotate';
import type { TaggerWord } from '../../nlp/ner/tag-names';
import { makeSpan } from '../../util/span';
import { TITLE_CASE_SHARE } from './constants';
import type { Mention } from './mention';

function isTitleCase(words: readonly TaggerWord[]): boolean {
  const long = words.filter((w) => w.text.length > 3 && /^\p{L}/u.test(w.text));
  // A headline in capitals is no title case: the tagger learnt to read them from CoNLL's ("RUGBY UNION - TELFER
  // CONFIRMED FOR LIONS COACHING ROLE"), and skipping them lost 0.8 points of its F1 on tune.
  if (long.every((w) => w.text === w.text.toUpperCase())) return false;
  const capitalised = long.filter((w) => w.text[0] !== w.text[0]!.toLowerCase()).length;
  return long.length >= 4 && capitalised > long.length * TITLE_CASE_SHARE;
}

/** The tagger's names over every sentence of the text (headline and captions too), as mentions. */
export function recogniseNames(doc: Annotated): Mention[] {
  const { tokens } = doc;
  const mentions: Mention[] = [];
  for (const { sentence, words, spans } of doc.names) {
    const inHeadline = doc.body.blocks[doc.sentences[sentence]!.block]?.kind === 'headline';
    // The names of a title-case headline ("Trump Was Right") are found again from running text.
    if (inHeadline && isTitleCase(words)) continue;
    for (const span of spans) {
      const first = words[span.start]!.first;
      const last = words[span.end - 1]!.last;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      // Fields named, not spread: a spread copies through a slow generic path, and this runs once per name.
      const { text } = makeSpan(doc.body.text, start, end);
      mentions.push({ start, end, text, first, last, type: span.type });
    }
  }
  return mentions;
}
