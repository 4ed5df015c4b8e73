import type { CasualtyWords, NumberWords, Qualifier } from '../../languages/types';
import type { Token } from '../../nlp/annotate';
import { readNumber } from '../numbers/read-number';

/** "more than 80 fighters": a count with its qualifier and whom it counts, as token indices. */
export interface CountPhrase {
  /** First token: the qualifier's, else the number's. */
  first: number;
  /** Last token: the head of `who`, else the number's last. */
  last: number;
  count: number | null;
  vague: string | null;
  qualifier: Qualifier | null;
  /** Token range of the people counted ("IS militants"), or null when the text does not say. */
  who: { first: number; last: number } | null;
}

// How many words may describe the people counted: "Syrian government security forces".
const MAX_WHO_WORDS = 4;
const WORD = /^[\p{L}\p{N}]/u;
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}{2,}s$/u;
// An acronym is a name even when it spells a function word: "IS militants".
const ACRONYM = /^\p{Lu}{2,6}$/u;

function lower(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

function isPerson(w: CasualtyWords, token: Token): boolean {
  const word = token.text.toLowerCase();
  return w.personNouns.has(word) || w.personSuffix.test(word) || DEMONYM_PLURAL.test(token.text);
}

// An acronym among lower-case words ("IS militants"), not a word of a headline set in capitals.
function isAcronym(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  return (
    ACRONYM.test(tokens[k]!.text) && !(next.length > 1 && next === next.toUpperCase() && /\p{Lu}/u.test(next))
  );
}

function endsWho(w: CasualtyWords, word: string): boolean {
  return w.whoStops.has(word) || w.bridgeWords.has(word) || word in w.states || word in w.activeVerbs;
}

/**
 * Whether the lower-case words of a pack's phrase ("more than", "lost their lives") stand at tokens[first …], all
 * in one sentence.
 */
export function phraseAt(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  const last = first + words.length - 1;
  if (first < 0 || last >= tokens.length || tokens[first]!.sentence !== tokens[last]!.sentence) return false;
  return words.every((word, k) => tokens[first + k]!.lower === word);
}

function readQualifier(
  w: CasualtyWords,
  tokens: readonly Token[],
  i: number,
): { first: number; qualifier: Qualifier | null } {
  const sentence = tokens[i]!.sentence;
  for (const [phrase, qualifier] of w.qualifiers) {
    const words = phrase.split(' ');
    const first = i - words.length;
    if (first >= 0 && tokens[first]!.sentence === sentence && phraseAt(tokens, first, words))
      return { first, qualifier };
  }
  return { first: i, qualifier: null };
}

/**
 * The people counted, from token `from`: up to the last person noun ("IS militants"). `undefined` when
 * the words there count something else ("two birds", "six days"), null when nothing describes them.
 */
function readWho(w: CasualtyWords, tokens: readonly Token[], from: number): CountPhrase['who'] | undefined {
  const sentence = tokens[from]?.sentence;
  let head = -1;
  let k = from;
  for (; k < tokens.length && k < from + MAX_WHO_WORDS && tokens[k]!.sentence === sentence; k++) {
    const token = tokens[k]!;
    if (!WORD.test(token.text) || (!isAcronym(tokens, k) && endsWho(w, token.text.toLowerCase()))) break;
    if (w.measureWords.has(token.text.toLowerCase())) return undefined;
    if (isPerson(w, token)) head = k;
    else if (head >= 0) break;
  }
  if (head >= 0) return { first: from, last: head };
  return k === from ? null : undefined;
}

/** Reads "[qualifier] number [who]" at the number's token `i`; null when no count of people starts there. */
export function readCountPhrase(
  w: CasualtyWords,
  numbers: NumberWords,
  tokens: readonly Token[],
  i: number,
): CountPhrase | null {
  const number = readNumber(numbers, tokens, i);
  if (!number) return null;
  // "dozens of people", "hundreds of civilians".
  const whoFrom = number.vague && lower(tokens, number.next) === numbers.of ? number.next + 1 : number.next;
  const who = tokens[whoFrom]?.sentence === tokens[i]!.sentence ? readWho(w, tokens, whoFrom) : null;
  if (who === undefined) return null;
  const { first, qualifier } = readQualifier(w, tokens, i);
  return {
    first,
    // "dezenas de mortos": with no one named, the phrase still runs through the "of" its fate follows.
    last: who ? who.last : whoFrom > number.next ? whoFrom - 1 : number.next - 1,
    count: number.value,
    vague: number.vague,
    qualifier: number.value === null ? null : (qualifier ?? 'exact'),
    who,
  };
}
