import type { CasualtyWords, Kind } from '../../languages/types';
import type { Annotated, Token } from '../../nlp/annotate';
import type { DateExpression } from '../../nlp/dates/find-date-expressions';
import type { Casualty } from '../../schema/article';
import { makeSpan } from '../../util/span';
import { findBreakdown } from './find-breakdown';
import { type CountPhrase, phraseAt, readCountPhrase } from './read-count-phrase';

// How many bridge words may stand between the people and their fate: "are estimated to have been killed".
const MAX_BRIDGE = 6;
const MAX_TOLL_WORDS = 4;

/** A count tied to what happened: the kind and the token range of the whole phrase. */
interface Found {
  kind: Kind;
  first: number;
  last: number;
}

function lower(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return b >= 0 && b < tokens.length && tokens[a]!.sentence === tokens[b]!.sentence;
}

// "bombardment killed eight civilians", "the killing of 12 protesters", "claimed 12 lives".
function findActive(w: CasualtyWords, tokens: readonly Token[], phrase: CountPhrase): Found | null {
  const before = phrase.first - 1;
  if (!sameSentence(tokens, phrase.first, before)) return null;
  // "shot dead 14 people".
  const shotDead = lower(tokens, before) === w.shotDead[1] && lower(tokens, before - 1) === w.shotDead[0];
  const verb = shotDead ? 'killed' : w.activeVerbs[lower(tokens, before)];
  if (verb) return { kind: verb, first: shotDead ? before - 1 : before, last: phrase.last };
  if (lower(tokens, before) === w.of && sameSentence(tokens, before, before - 1)) {
    const noun = w.eventNouns[lower(tokens, before - 1)];
    if (noun) return { kind: noun, first: before - 1, last: phrase.last };
  }
  const who = phrase.who && lower(tokens, phrase.who.last);
  if (who === w.lives && w.livesVerbs.has(lower(tokens, before))) {
    return { kind: 'killed', first: before, last: phrase.last };
  }
  return null;
}

// A state phrase opening at token j ("lost their lives", "ums Leben"), within j's sentence: its kind and last token.
function statePhraseAt(
  w: CasualtyWords,
  tokens: readonly Token[],
  j: number,
): { kind: Kind; last: number } | null {
  for (const [phrase, kind] of w.statePhrases) {
    const words = phrase.split(' ');
    if (phraseAt(tokens, j, words)) return { kind, last: j + words.length - 1 };
  }
  return null;
}

// "more than 80 fighters were killed", "Millions have been displaced", "left 3 dead".
function findPassive(w: CasualtyWords, tokens: readonly Token[], phrase: CountPhrase): Found | null {
  for (
    let j = phrase.last + 1;
    j <= phrase.last + MAX_BRIDGE + 1 && sameSentence(tokens, phrase.last, j);
    j++
  ) {
    const word = lower(tokens, j);
    const stated = statePhraseAt(w, tokens, j);
    if (stated) return { kind: stated.kind, first: phrase.first, last: stated.last };
    const kind = w.states[word];
    if (kind) {
      const left =
        lower(tokens, phrase.first - 1) === w.left && w.leftStates.has(word) && j === phrase.last + 1;
      return { kind, first: left ? phrase.first - 1 : phrase.first, last: j };
    }
    if (!w.bridgeWords.has(word)) return null;
  }
  return null;
}

// "the death toll rose to 45".
function findToll(w: CasualtyWords, tokens: readonly Token[], phrase: CountPhrase): Found | null {
  for (
    let j = phrase.first - 1;
    j >= phrase.first - 1 - MAX_TOLL_WORDS && sameSentence(tokens, phrase.first, j);
    j--
  ) {
    const word = lower(tokens, j);
    if (word === w.toll[1])
      return lower(tokens, j - 1) === w.toll[0] ? { kind: 'killed', first: j - 1, last: phrase.last } : null;
    if (!w.tollWords.has(word)) return null;
  }
  return null;
}

function toCasualty(doc: Annotated, kind: Kind, phrase: CountPhrase, first: number, last: number): Casualty {
  const { text } = doc.body;
  const { tokens } = doc;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const named = phrase.who ? text.slice(tokens[phrase.who.first]!.start, tokens[phrase.who.last]!.end) : null;
  // "claimed 20 lives" says how many died, not who they were.
  const who = named === doc.pack.story.casualties.lives ? null : named;
  return {
    kind,
    count: phrase.count,
    qualifier: phrase.qualifier,
    vague: phrase.vague,
    who,
    span: makeSpan(text, start, end),
  };
}

/**
 * Counts of people killed, wounded, missing, displaced, arrested or kidnapped, in active ("killed eight
 * civilians"), passive ("80 fighters were killed") and toll forms, with breakdowns as records of their own.
 */
export function extractCasualties(doc: Annotated, dates: readonly DateExpression[] = doc.dates): Casualty[] {
  const { tokens } = doc;
  const w = doc.pack.story.casualties;
  const numbers = doc.pack.story.numbers;
  const used = new Set<number>();
  // Years and day numbers are never counts: "a lightning 2014 campaign", "on 12 November".
  for (const date of dates) for (let k = date.first; k <= date.last; k++) used.add(k);
  const casualties: Casualty[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const phrase = readCountPhrase(w, numbers, tokens, i);
    if (!phrase || phrase.first > i) continue;
    const found =
      findActive(w, tokens, phrase) ?? findPassive(w, tokens, phrase) ?? findToll(w, tokens, phrase);
    if (!found) continue;
    casualties.push(toCasualty(doc, found.kind, phrase, found.first, found.last));
    for (let k = found.first; k <= found.last; k++) used.add(k);
    for (const part of findBreakdown(w, numbers, tokens, found.last, used)) {
      casualties.push(toCasualty(doc, found.kind, part, part.first, part.last));
      for (let k = part.first; k <= part.last; k++) used.add(k);
    }
    i = found.last;
  }
  return casualties;
}
