import { type Gender, genderOfGivenName } from '../../nlp/gazetteer/gender';
import { lowerBound } from '../../util/lower-bound';
import { type DocView, isTitleWord, titleGender } from './doc-view';
import type { MentionIndex } from './mention-index';
import { isOpenerWord } from './speaker-phrase';

/** Votes for the gender of each person entity, and the person mentions that open a sentence (its subject). */
export interface PersonFacts {
  /** Male minus female evidence per entity index; 0 or absent when unknown. */
  votes: Map<number, number>;
  /** Start offsets of person mentions that are the subject of their sentence, ascending. */
  subjectStarts: number[];
  /** Entity index of each of `subjectStarts`. */
  subjectOwners: number[];
}

/** Strong evidence (a given name, a title) outweighs a few pronouns that may belong to someone else. */
const NAME_WEIGHT = 3;

const sign = (g: Gender) => (g === 'male' ? 1 : -1);

/** The gender the votes give, or null when they are even. */
export function genderOfVotes(votes: number | undefined): Gender | null {
  if (!votes) return null;
  return votes > 0 ? 'male' : 'female';
}

/** The gender a name or speaker phrase shows on its own: its given name or its title ("Mrs. Clinton"). */
export function genderOfPhrase(text: string, view: DocView): Gender | null {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/\.$/, '');
    const titled = titleGender(view.words, w.toLowerCase());
    if (titled) return titled;
    // The given name is the first word after any titles, in a name of two words or more.
    if (i < words.length - 1 && /^\p{Lu}/u.test(w)) {
      if (isTitleWord(view.words, w.toLowerCase())) continue;
      return genderOfGivenName(w);
    }
  }
  return null;
}

/**
 * One pass over the text: each person mention's given name and title, and the gendered pronouns of sentences
 * that name only that person ("Clinton said she …"), vote for its gender; mentions that open a sentence are
 * subjects, which a pronoun in the next sentence most often stands for.
 */
export function collectPersonFacts(view: DocView, index: MentionIndex): PersonFacts {
  const votes = new Map<number, number>();
  const subjectStarts: number[] = [];
  const subjectOwners: number[] = [];
  const { tokens, lower } = view;
  const tokenStarts = tokens.map((t) => t.start);
  const add = (owner: number, g: Gender, weight: number) =>
    votes.set(owner, (votes.get(owner) ?? 0) + sign(g) * weight);
  const isPerson = (k: number) => index.entities[index.owners[k]!]!.type === 'person';

  let k = 0;
  let sentence = -1;
  // The person entities the current sentence has named so far, and the one the last sentence named alone.
  let named = new Set<number>();
  let previousOnly = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) {
      previousOnly = named.size === 1 ? [...named][0]! : -1;
      sentence = t.sentence;
      named = new Set();
    }
    for (; k < index.starts.length && index.starts[k]! < t.end; k++) {
      if (!isPerson(k)) continue;
      const owner = index.owners[k]!;
      const first = lowerBound(tokenStarts, index.starts[k]!);
      const text = view.text.slice(index.starts[k]!, index.ends[k]!);
      const before = tokens[first - 1]?.text === '.' ? first - 2 : first - 1;
      const titled = before >= 0 ? titleGender(view.words, lower[before]!) : undefined;
      const own = titled ?? genderOfPhrase(text, view);
      if (own) add(owner, own, NAME_WEIGHT);
      named.add(owner);
      // A subject: the sentence opens with the name, after any titles or a conjunction ("But Sen. Kaine said").
      let j = first - 1;
      while (
        j >= 0 &&
        tokens[j]!.sentence === t.sentence &&
        (isTitleWord(view.words, lower[j]!) || tokens[j]!.text === '.')
      )
        j--;
      const opening = j >= 0 ? view.sentenceFirst[tokens[j]!.sentence]! : -1;
      if (
        j < 0 ||
        tokens[j]!.sentence !== t.sentence ||
        (j === opening && view.words.coordinators.has(lower[j]!)) ||
        // "Later, Donald Trump posted …", "Meanwhile, Trump …".
        (tokens[j]!.text === ',' && j - opening <= 3 && isOpenerWord(view, opening))
      ) {
        subjectStarts.push(index.starts[k]!);
        subjectOwners.push(owner);
      }
    }
    const g = view.words.genderedPronouns.get(lower[i]!);
    if (!g) continue;
    if (named.size === 1) add([...named][0]!, g, 1);
    else if (named.size === 0 && previousOnly >= 0 && i === view.sentenceFirst[t.sentence])
      add(previousOnly, g, 1);
  }
  return { votes, subjectStarts, subjectOwners };
}
