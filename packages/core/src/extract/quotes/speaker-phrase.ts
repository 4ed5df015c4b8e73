import { MAX_SPEAKER_TOKENS } from './constants';
import { type DocView, isCapitalised, isNameWord, isWord } from './doc-view';

/** A token range, both ends inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

// Prepositions that end a speaker phrase read backwards; "in", "for" and "of" may sit inside one.

/** A "." that belongs to an abbreviated title or initial: "Sen. Smith", "John F. Kennedy". */
export function isAbbreviationDot(view: DocView, i: number): boolean {
  const prev = view.tokens[i - 1];
  return (
    view.tokens[i]!.text === '.' &&
    !!prev &&
    prev.end === view.tokens[i]!.start &&
    isCapitalised(prev) &&
    prev.text.length <= 4 &&
    isCapitalised(view.tokens[i + 1])
  );
}

/** Whether "and" joins two names ("Trump and Clinton said") rather than two clauses. */
function joinsNames(view: DocView, i: number): boolean {
  return (
    view.words.coordinators.has(view.lower[i]!) &&
    isCapitalised(view.tokens[i - 1]) &&
    isCapitalised(view.tokens[i + 1])
  );
}

function isNameRun(view: DocView, first: number, last: number): boolean {
  if (last < first || last - first > 6 || !isCapitalised(view.tokens[first])) return false;
  for (let i = first; i <= last; i++)
    if (!isWord(view.tokens[i]) && !isAbbreviationDot(view, i)) return false;
  return isNameWord(view.tokens[last], view.words);
}

/** Reads a noun phrase backwards from `from` (inclusive) down to `floor`. */
function readBack(view: DocView, from: number, floor: number): TokenRange | null {
  let j = from;
  let first = -1;
  for (let count = 0; j >= floor && count < MAX_SPEAKER_TOKENS; j--, count++) {
    const t = view.tokens[j]!;
    const w = view.lower[j]!;
    if (isWord(t)) {
      // A sentence's first word is capitalised for its place, not as a name: "But he said" is "he".
      const plain = !isCapitalised(t) || (first >= 0 && j === view.sentenceFirst[t.sentence]);
      if (plain && (view.words.speakerStop.has(w) || view.words.backStops.has(w)) && !joinsNames(view, j))
        break;
      if (view.words.timeWords.has(w) && first >= 0 && isCapitalised(t)) break;
      first = j;
    } else if (isAbbreviationDot(view, j)) {
      first = j;
    } else break;
  }
  return first < 0 ? null : { first, last: from };
}

/**
 * The speaker phrase before a cue: "a military source in Deir Ezzor told", "The army said".
 * A relative clause between speaker and cue is skipped; an apposition ("…, Ali al-Zaatari, called") wins.
 */
export function findSpeakerBefore(view: DocView, cueFirst: number, floor: number): TokenRange | null {
  let j = cueFirst - 1;
  while (j >= floor) {
    const w = view.lower[j]!;
    if (view.words.speakerSkip.has(w)) j--;
    // A time adjunct between the speaker and the cue: "Trump on Friday said", "the ministry last week said".
    else if (view.words.timeWords.has(w) && j > floor) {
      j--;
      while (
        j >= floor &&
        (view.words.timeWords.has(view.lower[j]!) || view.words.adjunctPrepositions.has(view.lower[j]!))
      )
        j--;
    } else break;
  }
  // "Kasich (who has 25 delegates) said": skip the bracket.
  if (j > floor && view.tokens[j]!.text === ')') {
    let k = j - 1;
    while (k > floor && k > j - 20 && view.tokens[k]!.text !== '(') k--;
    if (view.tokens[k]!.text === '(') j = k - 1;
  }
  if (j < floor) return null;
  // "Barkley, who said he …": the relative pronoun stands for the speaker.
  if (view.words.speakerRelatives.has(view.lower[j]!)) return { first: j, last: j };
  if (view.tokens[j]!.text !== ',') return readBack(view, j, floor);
  // Up to three comma-separated appositions or relative clauses may stand between the speaker and the cue.
  let right = j;
  for (let hop = 0; hop < 3; hop++) {
    let k = right - 1;
    while (k >= floor && k > right - 30 && view.tokens[k]!.text !== ',') k--;
    if (k < floor || view.tokens[k]!.text !== ',') {
      if (hop === 0) return null;
      const head = readBack(view, right - 1, floor);
      return head && isNameRun(view, head.first, head.last) ? head : null;
    }
    if (hop === 0 && view.words.relativePronouns.has(view.lower[k + 1]!)) return readBack(view, k - 1, floor);
    if (hop === 0 && isNameRun(view, k + 1, right - 1)) return { first: k + 1, last: right - 1 };
    // "Trump, the 2016 GOP nominee, said": the name before the apposition speaks.
    const before = readBack(view, k - 1, floor);
    if (before && isNameRun(view, before.first, before.last)) return before;
    right = k;
  }
  return null;
}

/** The speaker phrase after an inverted cue: `…," said Caddell.`, "according to a military source". */
export function findSpeakerAfter(view: DocView, cueLast: number, ceiling: number): TokenRange | null {
  let last = -1;
  for (let j = cueLast + 1, count = 0; j < ceiling && count < MAX_SPEAKER_TOKENS; j++, count++) {
    const t = view.tokens[j]!;
    const w = view.lower[j]!;
    if (isWord(t)) {
      if (!isCapitalised(t) && view.words.speakerStop.has(w) && !joinsNames(view, j)) break;
      if (view.words.backStops.has(w) || (view.words.timeWords.has(w) && last >= 0)) break;
      if (
        view.words.locativePrepositions.has(w) &&
        last >= 0 &&
        !view.words.definiteArticles.has(view.lower[j + 1] ?? '') &&
        !isCapitalised(view.tokens[j + 1])
      )
        break;
      last = j;
    } else if (isAbbreviationDot(view, j)) {
      last = j;
    } else break;
  }
  return last < 0 ? null : { first: cueLast + 1, last };
}

/** The antecedent of a relative "who": "Barkley" in "Barkley, who said". */
export function findAntecedent(view: DocView, who: number): TokenRange | null {
  const floor = view.sentenceFirst[view.tokens[who]!.sentence]!;
  const j = view.tokens[who - 1]?.text === ',' ? who - 2 : who - 1;
  return j >= floor ? readBack(view, j, floor) : null;
}
