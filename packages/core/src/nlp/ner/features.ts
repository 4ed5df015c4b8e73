import { hashFeature, hashText } from './feature-hash';
import { placePhrases, wordClass } from './gazetteer-features';
import { capitalisationOf, shapeOf } from './word-shape';

/** What the tagger knows about the whole document: lower-case words seen in running text. */
export interface DocContext {
  lowerWords: Set<string>;
}

/** Collects the words a document writes in lower case, so that a capitalised "Police" can be told apart. */
export function readDocContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerWords = new Set<string>();
  for (const words of sentences) {
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (w.length > 1 && w === w.toLowerCase() && w !== w.toUpperCase()) lowerWords.add(w);
    }
  }
  return { lowerWords };
}

function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w !== w.toUpperCase()) return false;
    if (w !== w.toLowerCase()) letters++;
  }
  return letters > 1;
}

/** Static feature slots per word; unused slots hold 0. */
export const STATIC_SLOTS = 31;
const START = hashText('<s>');
const END = hashText('</s>');

/**
 * The hashed features of every word of a sentence that do not depend on the tags before it: word, lower case,
 * shape, capitalisation, affixes, neighbours, gazetteer classes. Word i's features are at [i * STATIC_SLOTS, …).
 */
export function sentenceFeatures(words: readonly string[], doc: DocContext): Uint32Array {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const hw = words.map((w) => hashText(w));
  const hl = lower.map((l) => hashText(l));
  const hs = words.map((w) => hashText(shapeOf(w)));
  const caps = words.map(capitalisationOf);
  const hg = words.map((w) => hashText(wordClass(w)));
  const phrases = placePhrases(words);
  const headline = isAllCaps(words) ? 2 : 0;
  const l = (i: number) => (i < 0 ? START : i >= n ? END : hl[i]!);
  const s = (i: number) => (i < 0 ? START : i >= n ? END : hs[i]!);
  const g = (i: number) => (i < 0 ? START : i >= n ? END : hg[i]!);
  // Where each word stands in its run of capitalised words, and how long the run is.
  const runStart = new Array<number>(n);
  const runEnd = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const capital = caps[i] === 'T' || caps[i] === 'U';
    runStart[i] = capital && i > 0 && (caps[i - 1] === 'T' || caps[i - 1] === 'U') ? runStart[i - 1]! : i;
  }
  for (let i = n - 1; i >= 0; i--) {
    const capital = caps[i] === 'T' || caps[i] === 'U';
    runEnd[i] = capital && i + 1 < n && (caps[i + 1] === 'T' || caps[i + 1] === 'U') ? runEnd[i + 1]! : i;
  }
  const out = new Uint32Array(n * STATIC_SLOTS);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lower[i]!;
    const len = lw.length;
    const cap = caps[i]!.charCodeAt(0) * 4 + (i === 0 ? 1 : 0) + headline;
    const f = [
      hashFeature(1, 0),
      hashFeature(2, hw[i]!),
      hashFeature(3, hl[i]!),
      hashFeature(4, hs[i]!),
      hashFeature(5, cap),
      hashFeature(6, hashText(lw, 0, Math.min(2, len))),
      hashFeature(7, hashText(lw, 0, Math.min(3, len))),
      hashFeature(8, hashText(lw, Math.max(0, len - 2))),
      hashFeature(9, hashText(lw, Math.max(0, len - 3))),
      hashFeature(10, hashText(lw, Math.max(0, len - 4))),
      hashFeature(11, l(i - 1)),
      hashFeature(12, l(i + 1)),
      hashFeature(13, l(i - 2)),
      hashFeature(14, l(i + 2)),
      hashFeature(15, l(i - 1), hl[i]!),
      hashFeature(16, hl[i]!, l(i + 1)),
      hashFeature(17, s(i - 1)),
      hashFeature(18, s(i + 1)),
      hashFeature(19, s(i - 1), hs[i]!),
      hashFeature(20, hs[i]!, s(i + 1)),
      hashFeature(21, hg[i]!),
      hashFeature(22, g(i - 1)),
      hashFeature(23, g(i + 1)),
      hashFeature(24, phrases[i]!.charCodeAt(0) || 0),
      w.length <= 3 ? hashFeature(25, w.length) : 0,
      (cap >> 2 === 84 || cap >> 2 === 85) && doc.lowerWords.has(lw) ? hashFeature(26, cap) : 0,
      hashFeature(27, hashText(lw, 0, Math.min(4, len))),
      hashFeature(28, Math.min(i - runStart[i]!, 3) * 8 + Math.min(runEnd[i]! - i, 3)),
      hashFeature(29, i > 0 ? hw[i - 1]! : START),
      hashFeature(30, i + 1 < n ? hw[i + 1]! : END),
      hashFeature(35, hs[i]!, l(i + 1)),
    ];
    out.set(f, i * STATIC_SLOTS);
  }
  return out;
}

/** History slots per word. */
export const HISTORY_SLOTS = 5;

/** The features that read the tags already given to the words before: history of the greedy decoder. */
export function historyFeatures(
  out: Uint32Array,
  word: number,
  shape: number,
  prev: number,
  prev2: number,
  seen: number,
): void {
  out[0] = hashFeature(30, prev);
  out[1] = hashFeature(31, prev2 * 64 + prev);
  out[2] = hashFeature(32, prev, word);
  out[3] = hashFeature(33, prev, shape);
  out[4] = hashFeature(34, seen);
}
