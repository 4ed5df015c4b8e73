import {
  type DocView,
  isCapitalised,
  isNameConnector,
  isNameWord,
  isPersonNoun,
  isTitleWord,
  isWord,
  pronounOf,
  tokenText,
} from './doc-view';
import { hasQualifierEnding } from './known-names';
import type { TokenRange } from './speaker-phrase';

/**
 * What a speaker phrase is, which decides how it resolves:
 * a pronoun ("he"), a short reference ("the monitor", "Zaatari"), a name, or a description kept as written.
 */
export type SpeakerKind = 'pronoun' | 'reference' | 'surname' | 'person' | 'org' | 'description';

export interface SpeakerPhrase {
  /** Offsets of the phrase as written. */
  start: number;
  end: number;
  kind: SpeakerKind;
  /** The name the phrase gives on its own: "Rami Abdel Rahman" for "Observatory head Rami Abdel Rahman". */
  name: string;
  /** The head word of a reference or the antecedent a pronoun wants ("monitor", "person"). */
  head: string;
}

function isNameToken(view: DocView, i: number): boolean {
  const t = view.tokens[i]!;
  return (
    isNameWord(t, view.words) ||
    (t.text === '.' && isCapitalised(view.tokens[i - 1]) && t.start === view.tokens[i - 1]!.end)
  );
}

/** The last run of capitalised words in the range, connectors allowed inside: "Syrian Observatory for Human Rights". */
function lastNameRun(view: DocView, range: TokenRange): TokenRange | null {
  if (!isNameToken(view, range.last)) return null;
  let first = range.last;
  for (let i = range.last - 1; i >= range.first; i--) {
    if (isNameToken(view, i)) first = i;
    else if (
      view.words.nameConnectors.has(view.lower[i]!) &&
      isNameToken(view, i - 1) &&
      i - 1 >= range.first
    )
      continue;
    else break;
  }
  return { first, last: range.last };
}

/** Drops titles, nationalities before titles and "-based" qualifiers from the front of a name. */
function stripTitles(view: DocView, run: TokenRange): TokenRange {
  let first = run.first;
  for (let i = run.first; i < run.last; i++) {
    const w = view.lower[i]!;
    if (
      isTitleWord(view.words, w) ||
      hasQualifierEnding(w, view.words) ||
      (w === '.' && view.words.titleWords.has(view.lower[i - 1]!))
    )
      first = i + 1;
  }
  while (
    first < run.last &&
    (view.words.determiners.has(view.lower[first]!) || view.tokens[first]!.text === '.')
  )
    first++;
  return { first, last: run.last };
}

function looksLikeOrg(view: DocView, range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (view.words.orgWords.has(view.lower[i]!)) return true;
  const only = view.tokens[range.first]!.text;
  return range.first === range.last && only.length >= 2 && only === only.toUpperCase() && /\p{L}/u.test(only);
}

/**
 * The head of a description whose head comes last: the word before its first connector ("spokesman" in "a
 * spokesman for the company", "official" in "an official at the ministry"), else its last word.
 */
function headBeforeConnector(view: DocView, range: TokenRange): string {
  if (view.words.headFirst) return view.lower[range.last]!;
  for (let k = range.first + 2; k <= range.last; k++)
    if (isNameConnector(view.words, view.lower[k]!) || view.words.backStops.has(view.lower[k]!))
      return view.lower[k - 1]!;
  return view.lower[range.last]!;
}

/** Classifies a speaker phrase and reads the name it carries on its own. */
export function readSpeakerPhrase(view: DocView, range: TokenRange): SpeakerPhrase {
  const start = view.tokens[range.first]!.start;
  const end = view.tokens[range.last]!.end;
  const text = view.text.slice(start, end);
  const firstWord = view.lower[range.first]!;
  const lastWord = view.lower[range.last]!;
  const base = { start, end };
  // "a-t-il": the subject pronoun hyphenated after its verb.
  const clitic = range.first === range.last ? view.words.cliticSubject.exec(firstWord) : null;
  if (clitic && view.words.pronouns.has(clitic[2]!)) {
    const pronoun = clitic[2]!;
    return {
      start: end - pronoun.length,
      end,
      kind: 'pronoun',
      name: pronoun,
      head: view.words.pronouns.get(pronoun)!,
    };
  }
  // "I'd say", "we've said": the pronoun of a word the tokeniser kept whole with its auxiliary.
  const pronoun = pronounOf(view.words, firstWord);
  if (range.first === range.last && pronoun !== firstWord && view.words.pronouns.has(pronoun)) {
    return {
      start,
      end: start + pronoun.length,
      kind: 'pronoun',
      name: text.slice(0, pronoun.length),
      head: view.words.pronouns.get(pronoun)!,
    };
  }
  if (range.first === range.last && view.words.pronouns.has(firstWord))
    return { ...base, kind: 'pronoun', name: text, head: view.words.pronouns.get(firstWord)! };
  // "his claim that …": the possessor of a noun of saying.
  const possessive = range.first === range.last ? view.words.possessivePronouns?.get(firstWord) : undefined;
  if (possessive) return { ...base, kind: 'pronoun', name: text, head: possessive };
  if (view.words.indefinite.has(firstWord))
    return { ...base, kind: 'description', name: text, head: headBeforeConnector(view, range) };
  // "Doctors confirmed …", "Others reported …": a plural noun for people opening its sentence is capitalised for its
  // place, not as a name.
  if (
    range.first === range.last &&
    view.sentenceFirst[view.tokens[range.first]!.sentence] === range.first &&
    view.words.pluralEnding.test(firstWord) &&
    isPersonNoun(view, firstWord)
  )
    return { ...base, kind: 'description', name: text, head: firstWord };
  const found = lastNameRun(view, range);
  // Where nouns are capitalised, "die Grünen-Politikerin" ends in a title, not a name: it describes.
  const run =
    found && isTitleWord(view.words, view.lower[found.last]!) && !view.words.titleWords.has(lastWord)
      ? null
      : found;
  if (run) {
    const name = stripTitles(view, run);
    // "CEO of Gradifi": a title before a connector names a person by the organisation, which is no name of theirs.
    const after = view.lower[name.first]!;
    if (name.first > run.first && isNameConnector(view.words, after))
      return { ...base, kind: 'description', name: text, head: view.lower[name.first - 1]! };
    const org = looksLikeOrg(view, name);
    const nameText = tokenText(view, name.first, name.last);
    if (!org && name.first === name.last && range.first === range.last && isWord(view.tokens[name.first]))
      return { ...base, kind: 'surname', name: nameText, head: nameText };
    if (view.words.determiners.has(firstWord) && range.last - range.first === 1 && !org)
      return { ...base, kind: 'reference', name: nameText, head: view.lower[range.last]! };
    return { ...base, kind: org ? 'org' : 'person', name: nameText, head: lastWord };
  }
  if (view.words.determiners.has(firstWord)) {
    // "the ministry", "the foreign ministry" refer back to a name; where the head comes first, a word after it
    // names another referent ("l'armée malienne" is not the ministry named before).
    const reference = range.last - range.first <= (view.words.headFirst ? 1 : 2);
    const kind = reference ? 'reference' : 'description';
    // "le ministère français des Affaires étrangères" is a ministry.
    const head =
      view.words.headFirst && range.last > range.first
        ? view.lower[range.first + 1]!
        : kind === 'description'
          ? headBeforeConnector(view, range)
          : lastWord;
    return { ...base, kind, name: text, head };
  }
  const kind = view.words.orgReferences.has(lastWord) || looksLikeOrg(view, range) ? 'org' : 'description';
  return { ...base, kind, name: text, head: lastWord };
}
