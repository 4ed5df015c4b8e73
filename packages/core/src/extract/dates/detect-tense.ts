import type { DateWords } from '../../languages/types';
import type { Token } from '../../nlp/annotate';

export type Tense = 'past' | 'future' | 'unknown';

// How far from the date expression a tense cue may stand, in tokens.
const LOOK_BACK = 25;
const LOOK_AHEAD = 10;
// A future cue after the date must be close to belong to it: "talks on Wednesday will focus".
const FUTURE_AHEAD = 3;

function cueOf(w: DateWords, token: Token): Tense {
  const word = token.text.replace(/’/g, "'");
  if (word !== word.toLowerCase()) return 'unknown';
  if (w.futureCues.has(word) || word.endsWith(w.futureClitic)) return 'future';
  if (w.pastVerbs.has(word)) return 'past';
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
