import { lowerBound } from '../../util/lower-bound';
import { type DocView, isWord } from './doc-view';
import type { MentionIndex } from './mention-index';

/** Most words of a description read beside a name: "the rookie defenceman", "former Florida Gov.". */
const MAX_DESCRIPTION_WORDS = 6;

/** Where each description of a person was given, by its key: the entity it describes, in text order. */
export interface PersonDescriptions {
  byKey: Map<string, { at: number[]; owners: number[] }>;
}

/** The key of description words: lower case, without dots, abbreviated titles spelt out ("Sen." → "senator"). */
export function descriptionKey(words: string[], view: DocView): string {
  return words
    .filter((w) => w !== '.')
    .map((w) => {
      const bare = w.toLowerCase().replace(/\.$/, '');
      return view.words.titleAbbreviations.get(bare) ?? bare;
    })
    .join(' ');
}

/** The head of description words: the last word before a preposition ("spokesman" of "spokesman for the army"). */
export function descriptionHead(key: string, view: DocView): string {
  const words = key.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && view.words.descriptionPrepositions.has(w));
  return (cut > 0 ? words[cut - 1] : words.at(-1)) ?? '';
}

function add(index: PersonDescriptions, key: string, at: number, owner: number): void {
  if (!key) return;
  let list = index.byKey.get(key);
  if (!list) {
    list = { at: [], owners: [] };
    index.byKey.set(key, list);
  }
  list.at.push(at);
  list.owners.push(owner);
}

/** Whether token `i` may be part of a description: a word or a title's dot, not a cue or a clause word. */
function isDescriptionWord(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  if (!t) return false;
  if (t.text === '.') return i > 0 && view.words.titleAbbreviations.has(view.lower[i - 1]!);
  const w = view.lower[i]!;
  return (
    isWord(t) &&
    !view.words.cueVerbs.has(w) &&
    !view.words.speakerStop.has(w) &&
    !view.words.backStops.has(w) &&
    !view.words.pronouns.has(w)
  );
}

/**
 * One pass over the person mentions: an apposition after a name ("Caleb Jones, the rookie defenceman,") and the
 * words before a name ("Florida Sen. Marco Rubio", "rookie defenceman Caleb Jones") describe that person; a later
 * "the rookie defenceman", "the Florida senator" or "the defenceman" stands for them.
 */
export function collectPersonDescriptions(view: DocView, index: MentionIndex): PersonDescriptions {
  const out: PersonDescriptions = { byKey: new Map() };
  const { tokens, lower } = view;
  const tokenStarts = tokens.map((t) => t.start);
  const put = (words: string[], at: number, owner: number) => {
    const key = descriptionKey(words, view);
    add(out, key, at, owner);
    const head = descriptionHead(key, view);
    if (head !== key) add(out, head, at, owner);
  };
  for (let k = 0; k < index.starts.length; k++) {
    const owner = index.owners[k]!;
    if (index.entities[owner]!.type !== 'person') continue;
    const first = lowerBound(tokenStarts, index.starts[k]!);
    const last = lowerBound(tokenStarts, index.ends[k]!) - 1;
    const sentence = tokens[first]?.sentence;
    if (sentence === undefined || sentence < 0) continue;
    // "Caleb Jones, the rookie defenceman, …"
    if (tokens[last + 1]?.text === ',' && view.words.descriptionArticles.has(lower[last + 2] ?? '')) {
      let j = last + 3;
      const words: string[] = [];
      while (
        words.length < MAX_DESCRIPTION_WORDS &&
        tokens[j]?.sentence === sentence &&
        isDescriptionWord(view, j)
      )
        words.push(tokens[j++]!.text);
      const close = tokens[j]?.text ?? '';
      if (words.length > 0 && (close === ',' || close === '.' || close === ')' || close === ';'))
        put(words, index.ends[k]!, owner);
    }
    // "Florida Sen. Marco Rubio", "the rookie defenceman Caleb Jones"
    let j = first - 1;
    const before: string[] = [];
    while (
      before.length < MAX_DESCRIPTION_WORDS &&
      j >= 0 &&
      tokens[j]!.sentence === sentence &&
      !view.words.descriptionArticles.has(lower[j]!) &&
      isDescriptionWord(view, j)
    )
      before.unshift(tokens[j--]!.text);
    // It ends in a role: "Florida Sen.", "rookie defenceman"; not "Defense Ministry" alone.
    const role = before.at(-1) === '.' ? before.at(-2) : before.at(-1);
    if (role && (/^\p{Ll}/u.test(role) || view.words.titleWords.has(role.toLowerCase())))
      put(before, index.ends[k]!, owner);
  }
  return out;
}

/** The entity index a definite description at offset `at` stands for, by its whole key then its head. */
export function describedPerson(
  index: PersonDescriptions,
  key: string,
  head: string,
  at: number,
): number | null {
  for (const k of [key, head]) {
    const list = index.byKey.get(k);
    if (!list) continue;
    const i = lowerBound(list.at, at) - 1;
    if (i >= 0) return list.owners[i]!;
  }
  return null;
}
