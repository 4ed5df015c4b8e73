import type { DateWords } from '../../languages/types';
import type { Token } from '../../nlp/annotate';

export type Tense = 'past' | 'future' | 'unknown';

// How far from the date expression a tense cue may stand, in tokens.
const LOOK_BACK = 25;
const LOOK_AHEAD = 10;
// A future cue after the date must be close to belong to it: "talks on Wednesday will focus".
const FUTURE_AHEAD = 3;
// A past verb this close before a month-day is its own ("said on Jan 10"), and a future cue this close after
// it ("the Jan 10 event would"): further off they belong to other clauses ("in April explaining his plan").
const ATTACHED = 2;

function cueOf(w: DateWords, token: Token): Tense {
  const word = token.text.replace(/’/g, "'");
  if (word !== word.toLowerCase()) return 'unknown';
  if (w.futureCues.has(word) || word.endsWith(w.futureClitic)) return 'future';
  if (w.pastVerbs.has(word)) return 'past';
  // A future ending ("investigará", "sarà") before the past one: French "-rait" would otherwise read as "-ait".
  if (w.regularFuture.test(word) && !w.notPast.has(word)) return 'future';
  if (w.regularPast.test(word) && !w.futureParticiples.has(word) && !w.notPast.has(word)) return 'past';
  return 'unknown';
}

/**
 * The tense around tokens first..last: the nearest cue before them in the sentence wins
 * ("ahead of a summit on Wednesday"), else, with `lookAhead`, the nearest after ("Sunday ousted").
 */
export function detectTense(
  w: DateWords,
  tokens: readonly Token[],
  first: number,
  last: number,
  lookAhead = true,
): Tense {
  const sentence = tokens[first]!.sentence;
  for (let j = first - 1; j >= 0 && j >= first - LOOK_BACK && tokens[j]!.sentence === sentence; j--) {
    const cue = cueOf(w, tokens[j]!);
    if (cue !== 'unknown') return cue;
  }
  if (!lookAhead) return 'unknown';
  for (
    let j = last + 1;
    j < tokens.length && j <= last + LOOK_AHEAD && tokens[j]!.sentence === sentence;
    j++
  ) {
    const cue = cueOf(w, tokens[j]!);
    if (cue === 'past' || (cue === 'future' && j - last <= FUTURE_AHEAD)) return cue;
  }
  return 'unknown';
}

/**
 * The tense of a month-day: the nearest cue before it, as for other dates, except that a future cue right after
 * it outweighs a past one that is not right before it. "organisers said the Jan 10 event would sell out" looks
 * ahead ("said" reports; "would" is the event's), but "said on Jan 10" and "met Jan 10" stay past. A verb after a
 * month-day is otherwise the main clause's ("the Nov. 8 election, he said"), so no past cue is read there.
 */
export function detectCalendarTense(
  w: DateWords,
  articles: ReadonlySet<string>,
  tokens: readonly Token[],
  first: number,
  last: number,
): Tense {
  const before = detectTense(w, tokens, first, last, false);
  if (before === 'future') return before;
  const sentence = tokens[first]!.sentence;
  // After an article the month-day modifies a noun ("said the Jan 10 event"), not the verb before.
  const modifies = articles.has(tokens[first - 1]?.lower ?? '');
  for (
    let j = first - 1;
    !modifies && j >= 0 && j >= first - ATTACHED && tokens[j]!.sentence === sentence;
    j--
  )
    if (cueOf(w, tokens[j]!) === 'past') return 'past';
  for (let j = last + 1; j < tokens.length && j <= last + ATTACHED && tokens[j]!.sentence === sentence; j++)
    if (cueOf(w, tokens[j]!) === 'future') return 'future';
  return before;
}
