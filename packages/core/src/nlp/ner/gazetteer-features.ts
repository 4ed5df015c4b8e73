import { countryOfDemonym, isFirstName, lookupPlace, placeNames } from '../gazetteer/index';
import { hashText } from './feature-hash';
import { continueHash } from './gazetteer-table';

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

let phraseHashes: Set<number> | null = null;

// hashText of every multi-word name lookupPlace knows, so that phrases are checked without building strings.
function multiWordPlaces(): Set<number> {
  if (phraseHashes) return phraseHashes;
  phraseHashes = new Set();
  for (const name of placeNames()) if (name.includes(' ')) phraseHashes.add(hashText(name));
  return phraseHashes;
}

const SPACE = ' '.charCodeAt(0);
const B = 'B'.charCodeAt(0);
const I = 'I'.charCodeAt(0);
const L = 'L'.charCodeAt(0);

/**
 * Marks words inside multi-word place names ("New York", "United Arab Emirates") with the char codes of B/I/L
 * (0 elsewhere). `lower` holds the words in lower case.
 */
export function placePhrases(words: readonly string[], lower: readonly string[]): Uint8Array {
  const places = multiWordPlaces();
  const marks = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const first = words[i]![0];
    if (!first || first === first.toLowerCase()) continue;
    let h = hashText(lower[i]!);
    for (let n = 2; n <= MAX_PHRASE && i + n <= words.length; n++) {
      // No place name holds a word that starts with punctuation or a digit.
      if (!/^\p{L}/u.test(words[i + n - 1]!)) break;
      h = Math.imul(h ^ SPACE, 0x01000193) >>> 0;
      h = continueHash(h, lower[i + n - 1]!);
      if (!places.has(h)) continue;
      for (let k = i; k < i + n; k++) marks[k] = k === i ? B : k === i + n - 1 ? L : I;
    }
  }
  return marks;
}
