import type { QuoteWords } from '../../languages/types';
import { type DocView, isCapitalised, isNameWord, isTitleWord } from './doc-view';

/** A proper name of two or more words the text uses, for expanding short references: "Zaatari". */
export interface KnownName {
  name: string;
  words: string[];
  start: number;
}

/** Lower-cased words of a name without particles: "Ali al-Zaatari" → ["ali", "zaatari"]. */
export function nameWords(name: string, words: QuoteWords): string[] {
  return name
    .toLowerCase()
    .split(/[\s]+/)
    .filter((w) => w && !words.nameConnectors.has(w) && !words.definiteArticles.has(w))
    .map((w) => w.replace(words.nameParticle, '').replace(words.possessiveEnding, ''));
}

/** Whether a word qualifies the name after it rather than belonging to it: "London-based". */
export function hasQualifierEnding(word: string, words: QuoteWords): boolean {
  return words.qualifierEndings.some((ending) => word.endsWith(ending));
}

/** Every multi-word capitalised run in the body, titles stripped, in text order. */
export function collectKnownNames(view: DocView): KnownName[] {
  const names: KnownName[] = [];
  const { tokens, lower } = view;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const block = t.sentence >= 0 ? view.sentenceBlock[t.sentence]! : -1;
    if (block < 0 || !view.nameBlock[block] || !isCapitalised(t)) {
      i++;
      continue;
    }
    let last = i;
    while (
      last + 1 < tokens.length &&
      tokens[last + 1]!.sentence === t.sentence &&
      (isNameWord(tokens[last + 1], view.words) ||
        (view.words.nameConnectors.has(lower[last + 1]!) && isCapitalised(tokens[last + 2])))
    )
      last++;
    let first = i;
    for (let k = i; k < last; k++)
      if (isTitleWord(view.words, lower[k]!) || hasQualifierEnding(lower[k]!, view.words)) first = k + 1;
    if (view.words.definiteArticles.has(lower[first]!)) first++;
    if (last > first) {
      const name = view.text.slice(tokens[first]!.start, tokens[last]!.end);
      names.push({ name, words: nameWords(name, view.words), start: tokens[first]!.start });
    }
    i = last + 1;
  }
  return names;
}

/** The first known name holding every word of a short one: "Observatory" → "Syrian Observatory for Human Rights". */
export function expandName(
  short: string,
  names: { name: string; words: string[] }[],
  quoteWords: QuoteWords,
): string | null {
  const words = nameWords(short, quoteWords);
  if (words.length === 0) return null;
  for (const known of names) {
    if (known.words.length <= words.length) continue;
    if (words.every((w) => known.words.includes(w))) return known.name;
  }
  return null;
}
