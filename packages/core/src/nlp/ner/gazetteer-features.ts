import { countryOfDemonym, isFirstName, lookupPlace } from '../gazetteer/index';

const MAX_PHRASE = 4;
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

function titleCase(word: string): string {
  return word[0]! + word.slice(1).toLowerCase();
}

/** The gazetteer class of one capitalised word: "c" country, "y" city, "d" demonym, "f" first name, "" none. */
export function wordClass(word: string): string {
  const first = word[0];
  if (!first || first === first.toLowerCase()) return '';
  let hit = cache.get(word);
  if (hit !== undefined) return hit;
  const place = lookupPlace(word);
  const title = titleCase(word);
  hit = '';
  if (place) hit += place.kind === 'country' ? 'c' : 'y';
  if (countryOfDemonym(title) || (title.endsWith('s') && countryOfDemonym(title.slice(0, -1)))) hit += 'd';
  if (isFirstName(title)) hit += 'f';
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(word, hit);
  return hit;
}

/** Marks words inside multi-word place names ("New York", "United Arab Emirates") with B/I/L. */
export function placePhrases(words: readonly string[]): string[] {
  const marks = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    const first = words[i]![0];
    if (!first || first === first.toLowerCase()) continue;
    let phrase = words[i]!;
    for (let n = 2; n <= MAX_PHRASE && i + n <= words.length; n++) {
      // No place name holds a word that starts with punctuation or a digit: stop before building the phrase.
      if (!/^\p{L}/u.test(words[i + n - 1]!)) break;
      phrase += ` ${words[i + n - 1]}`;
      if (!lookupPlace(phrase)) continue;
      for (let k = i; k < i + n; k++) marks[k] = k === i ? 'B' : k === i + n - 1 ? 'L' : 'I';
    }
  }
  return marks;
}
