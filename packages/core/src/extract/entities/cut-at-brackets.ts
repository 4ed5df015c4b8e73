import type { Annotated } from '../../nlp/annotate';
import { type Mention, mentionOf } from './mention';

const CLOSER_OF = new Map([
  ['(', ')'],
  ['[', ']'],
]);
const CLOSERS = new Set(CLOSER_OF.values());
const HAS_LETTER = /\p{L}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Token indices in `first`..`last` of brackets the run does not both open and close. */
export function loneBrackets(texts: (i: number) => string, first: number, last: number): number[] {
  const open: { at: number; closer: string }[] = [];
  const lone: number[] = [];
  for (let i = first; i <= last; i++) {
    const text = texts(i);
    const closer = CLOSER_OF.get(text);
    if (closer) open.push({ at: i, closer });
    else if (CLOSERS.has(text)) {
      if (open.at(-1)?.closer === text) open.pop();
      else lone.push(i);
    }
  }
  for (const { at } of open) lone.push(at);
  return lone.sort((a, b) => a - b);
}

/**
 * A name never holds a bracket it does not close: the tagger's run is cut there, and each side that still holds a
 * letter is a name of the run's type. Taggers trained on text where a bracket is its own token run on across one:
 * "LCI (Life Cycle Impulse) nennt es BMW" gave "LCI (Life Cycle Impulse", "Active Tourer (2022)" gave "Active
 * Tourer (2022". A bracket the name closes stays, for names are written so ("Dadabhoy Investment (Pvt) Ltd",
 * "Buducnost (P)" in CoNLL-2003), and an acronym in brackets becomes an alias later (merge-bracket-acronym).
 */
export function cutAtBrackets(doc: Annotated, m: Mention): Mention[] {
  const { tokens } = doc;
  const cuts = loneBrackets((i) => tokens[i]!.text, m.first, m.last);
  if (cuts.length === 0) return [m];
  const pieces: Mention[] = [];
  let from = m.first;
  for (const cut of [...cuts, m.last + 1]) {
    let first = from;
    let last = cut - 1;
    // What is left at either end of a piece that is no word (a comma, a dash, a quotation mark) goes with the cut.
    while (first <= last && !HAS_WORD.test(tokens[first]!.text)) first++;
    while (last >= first && !HAS_WORD.test(tokens[last]!.text)) last--;
    if (first <= last && HAS_LETTER.test(doc.body.text.slice(tokens[first]!.start, tokens[last]!.end))) {
      const piece = mentionOf(doc, first, last, m.type);
      // The first piece is the tagger's name; the others were cut off its run, so re-typing may change them.
      pieces.push(
        pieces.length === 0 && first === m.first ? { ...m, ...piece } : { ...piece, guessed: true },
      );
    }
    from = cut + 1;
  }
  return pieces;
}
