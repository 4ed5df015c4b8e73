import { ENGLISH_LEXICON } from './clusters';
import { hashFeature as featureHashOf, hashText } from './feature-hash';
import { placePhrases, wordClass } from './gazetteer-features';
import {
  continueHash,
  GAZ_COUNTRY,
  GAZ_LANGUAGE,
  GAZ_ORG_SUFFIX,
  gazetteerBits,
  MAX_GAZ_WORDS,
} from './gazetteer-table';
import { clusterPrefix, NER_FEATURES, type NerLexicon } from './lexicon';
import { capitalisationOf, shapeOf } from './word-shape';
import { USAGE_CASE_MASK, USAGE_NAME_SHIFT } from './word-usage';

// A local binding for the hot path: some loaders turn each use of an imported binding into a getter call.
const hashFeature = featureHashOf;

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
      if (w.length > 1 && capitalisationOf(w).charCodeAt(0) === L_CAP) lowerWords.add(w);
    }
  }
  return { lowerWords };
}

/** What a word is on its own, whatever its sentence: hashes and the features that read nothing else. */
export interface WordInfo {
  word: string;
  lower: string;
  /** hashText of the word, of its lower case, of its shape, of its gazetteer class. */
  hw: number;
  hl: number;
  hs: number;
  hg: number;
  /** Capitalisation class as a char code ("T", "U", "L", …). */
  cap: number;
  /** Word cluster (clusters.ts), 6- and 9-bit prefixes and the whole id; 0 none. */
  c6: number;
  c9: number;
  c12: number;
  /** The large gazetteer's class bits of the word alone (gazetteer-table.ts). */
  gaz: number;
  /** The features that depend on the word alone, INTRINSIC_SLOTS of them (0 = none). */
  intrinsic: Uint32Array;
}

/** Features per word that depend on the word alone (a decoder may score them once per distinct word). */
export const INTRINSIC_SLOTS = 18;
/** The neighbours whose features read only that neighbour: words i - 1, i - 2, i + 1, i + 2. */
export const ROLES = 4;
export const ROLE_OFFSETS: readonly number[] = [-1, -2, 1, 2];
/** Feature slots per neighbour role (unused ones hold 0). */
export const ROLE_SLOTS = 6;
/** Slots of the extra context features a language's lexicon may switch on (NER_FEATURES); 0 when off. */
const EXTRA_SLOTS = 3;
/** Context features that read the word with its neighbours, its position or its document. */
export const JOINT_SLOTS = 15 + EXTRA_SLOTS;

/**
 * The features word i gets from one neighbour (role: ROLE_OFFSETS index) that read nothing but that neighbour, or
 * the sentence boundary (null): a decoder may score them once per distinct word and role.
 */
export function neighbourFeatures(info: WordInfo | null, role: number, out: Uint32Array, at: number): void {
  const edge = role < 2 ? START : END;
  const base = role * 10;
  out[at] = hashFeature(100 + base, info ? info.hl : edge);
  if (role === 1 || role === 3) {
    out.fill(0, at + 1, at + ROLE_SLOTS);
    return;
  }
  out[at + 1] = hashFeature(101 + base, info ? info.hs : edge);
  out[at + 2] = hashFeature(102 + base, info ? info.hg : edge);
  out[at + 3] = hashFeature(103 + base, info ? info.hw : edge);
  out[at + 4] = hashFeature(104 + base, info ? info.c9 : edge);
  out[at + 5] = hashFeature(105 + base, info ? info.c12 : edge);
}

/** Features per word that read its sentence or document: neighbour roles, then joint features. */
export const CONTEXT_SLOTS = JOINT_SLOTS + ROLES * ROLE_SLOTS;
/** All static features of a word: intrinsic then context. */
export const STATIC_SLOTS = INTRINSIC_SLOTS + CONTEXT_SLOTS;

const CACHE_LIMIT = 100_000;
const infoCaches = new WeakMap<NerLexicon, Map<string, WordInfo>>();
const NO_CLASS = hashText('');

/**
 * The word's intrinsic information in a language (its lexicon: English by default), computed once per distinct
 * word (bounded cache, one per lexicon).
 */
export function wordInfo(word: string, lexicon: NerLexicon = ENGLISH_LEXICON): WordInfo {
  let infoCache = infoCaches.get(lexicon);
  if (!infoCache) {
    infoCache = new Map();
    infoCaches.set(lexicon, infoCache);
  }
  let info = infoCache.get(word);
  if (info) return info;
  const lower = word.toLowerCase();
  const len = lower.length;
  const hw = hashText(word);
  const hl = hashText(lower);
  const hs = hashText(shapeOf(word));
  const hg = lexicon.gazetteer ? hashText(wordClass(word)) : NO_CLASS;
  const intrinsic = new Uint32Array(INTRINSIC_SLOTS);
  intrinsic[0] = hashFeature(1, 0);
  intrinsic[1] = hashFeature(2, hw);
  intrinsic[2] = hashFeature(3, hl);
  intrinsic[3] = hashFeature(4, hs);
  intrinsic[4] = hashFeature(6, hashText(lower, 0, Math.min(2, len)));
  intrinsic[5] = hashFeature(7, hashText(lower, 0, Math.min(3, len)));
  intrinsic[6] = hashFeature(27, hashText(lower, 0, Math.min(4, len)));
  intrinsic[7] = hashFeature(8, hashText(lower, Math.max(0, len - 2)));
  intrinsic[8] = hashFeature(9, hashText(lower, Math.max(0, len - 3)));
  intrinsic[9] = hashFeature(10, hashText(lower, Math.max(0, len - 4)));
  intrinsic[10] = hashFeature(21, hg);
  intrinsic[11] = word.length <= 3 ? hashFeature(25, word.length) : 0;
  const c12 = lexicon.clusterOf(lower);
  const c6 = clusterPrefix(lexicon, c12, 6);
  const c9 = clusterPrefix(lexicon, c12, 9);
  intrinsic[12] = hashFeature(50, c6);
  intrinsic[13] = hashFeature(51, c9);
  intrinsic[14] = hashFeature(52, c12);
  const gaz = lexicon.gazetteer ? gazetteerBits(hl) : 0;
  intrinsic[15] = gaz ? hashFeature(60, gaz) : 0;
  const cap = capitalisationOf(word).charCodeAt(0);
  const usage = lexicon.features & NER_FEATURES.wordUsage ? lexicon.usageOf(lower) : -1;
  intrinsic[16] = usage >= 0 ? hashFeature(80, usage & USAGE_CASE_MASK, cap) : 0;
  intrinsic[17] = usage >= 0 ? hashFeature(81, usage >>> USAGE_NAME_SHIFT, cap) : 0;
  info = { word, lower, hw, hl, hs, hg, cap, c6, c9, c12, gaz, intrinsic };
  if (infoCache.size >= CACHE_LIMIT) infoCache.clear();
  infoCache.set(word, info);
  return info;
}

// A headline in capitals: no word has a lower-case letter, and more than one has a letter.
function isAllCaps(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  for (const x of infos) {
    const single = x.cap === T_CAP && x.word.length === 1;
    if (x.cap !== U_CAP && x.cap !== D_CAP && x.cap !== P_CAP && !single) return false;
    if (x.cap === U_CAP || single) letters++;
  }
  return letters > 1;
}

const START = hashText('<s>');
const END = hashText('</s>');
const T_CAP = 'T'.charCodeAt(0);
const U_CAP = 'U'.charCodeAt(0);
const L_CAP = 'L'.charCodeAt(0);
const D_CAP = 'D'.charCodeAt(0);
const P_CAP = 'P'.charCodeAt(0);

// Scratch buffers, reused from sentence to sentence.
let runStart = new Int32Array(64);
let runEnd = new Int32Array(64);
let scratch = new Uint32Array(0);

/**
 * The context features of every word of a sentence (neighbours, position, capitalised runs, gazetteer phrases,
 * document case): word i's are at [i * CONTEXT_SLOTS, …), neighbour roles first. None reads a tag. Without
 * neighbours, only the JOINT_SLOTS joint features per word, for a decoder that scores neighbours per word.
 * The result is a view of a buffer the next call overwrites.
 */
export function contextFeatures(
  infos: readonly WordInfo[],
  doc: DocContext,
  withNeighbours = true,
  lexicon: NerLexicon = ENGLISH_LEXICON,
): Uint32Array {
  const stride = withNeighbours ? CONTEXT_SLOTS : JOINT_SLOTS;
  const n = infos.length;
  const phrases = lexicon.gazetteer
    ? placePhrases(
        infos.map((x) => x.word),
        infos.map((x) => x.lower),
      )
    : new Uint8Array(n);
  const headline = isAllCaps(infos) ? 2 : 0;
  const l = (i: number) => (i < 0 ? START : i >= n ? END : infos[i]!.hl);
  const s = (i: number) => (i < 0 ? START : i >= n ? END : infos[i]!.hs);
  const capital = (i: number) => infos[i]!.cap === T_CAP || infos[i]!.cap === U_CAP;
  // Where each word stands in its run of capitalised words, and how long the run is.
  if (runStart.length < n) {
    runStart = new Int32Array(n * 2);
    runEnd = new Int32Array(n * 2);
  }
  for (let i = 0; i < n; i++) runStart[i] = capital(i) && i > 0 && capital(i - 1) ? runStart[i - 1]! : i;
  for (let i = n - 1; i >= 0; i--) runEnd[i] = capital(i) && i + 1 < n && capital(i + 1) ? runEnd[i + 1]! : i;
  const marks = lexicon.gazetteer ? gazetteerMarks(infos, capital) : new Uint8Array(n * 3);
  const extra = lexicon.features;
  if (scratch.length < n * stride) scratch = new Uint32Array(n * stride * 2);
  const out = scratch;
  for (let i = 0; i < n; i++) {
    const x = infos[i]!;
    const cap = x.cap * 4 + (i === 0 ? 1 : 0) + headline;
    let k = i * stride;
    for (let role = 0; withNeighbours && role < ROLES; role++) {
      const j = i + ROLE_OFFSETS[role]!;
      neighbourFeatures(j >= 0 && j < n ? infos[j]! : null, role, out, k);
      k += ROLE_SLOTS;
    }
    out[k++] = hashFeature(5, cap);
    out[k++] = hashFeature(15, l(i - 1), x.hl);
    out[k++] = hashFeature(16, x.hl, l(i + 1));
    out[k++] = hashFeature(19, s(i - 1), x.hs);
    out[k++] = hashFeature(20, x.hs, s(i + 1));
    out[k++] = hashFeature(24, phrases[i]!);
    out[k++] = (x.cap === T_CAP || x.cap === U_CAP) && doc.lowerWords.has(x.lower) ? hashFeature(26, cap) : 0;
    out[k++] = hashFeature(28, Math.min(i - runStart[i]!, 3) * 8 + Math.min(runEnd[i]! - i, 3));
    out[k++] = hashFeature(35, x.hs, l(i + 1));
    out[k++] = hashFeature(57, x.c12, cap);
    out[k++] = marks[i * 3] ? hashFeature(61, marks[i * 3]!) : 0;
    out[k++] = marks[i * 3 + 1] ? hashFeature(62, marks[i * 3 + 1]!) : 0;
    out[k++] = marks[i * 3 + 2] ? hashFeature(63, marks[i * 3 + 2]!) : 0;
    out[k++] = i + 1 < n && infos[i + 1]!.gaz & GAZ_ORG_SUFFIX ? hashFeature(64, cap) : 0;
    // A capitalised run that ends in an organisation suffix ("Microsoft Corp"): how far before it this word is.
    const end = runEnd[i]!;
    out[k++] =
      end > i && infos[end]!.gaz & GAZ_ORG_SUFFIX
        ? hashFeature(65, Math.min(end - i, 3), i - runStart[i]! ? 1 : 0)
        : 0;
    if (extra === 0) {
      out.fill(0, k, k + EXTRA_SLOTS);
      continue;
    }
    const start = runStart[i]!;
    const edges = extra & NER_FEATURES.runEdges;
    out[k++] = edges && i > start ? hashFeature(72, infos[start]!.hl, Math.min(i - start, 3)) : 0;
    out[k++] = edges && end > i ? hashFeature(73, infos[end]!.hl, Math.min(end - i, 3)) : 0;
    out[k++] = edges && i > start ? hashFeature(74, l(start - 1), Math.min(i - start, 3)) : 0;
  }
  return out.subarray(0, n * stride);
}

const POSITION_B = 1;
const POSITION_I = 2;
const POSITION_L = 3;
const POSITION_U = 4;

/**
 * Per word three marks from the large gazetteer (city: position × 8 + population bucket; country; language), for
 * the longest name of 1 … MAX_GAZ_WORDS words starting at a capitalised word that covers it. Position is BILU.
 */
function gazetteerMarks(infos: readonly WordInfo[], capital: (i: number) => boolean): Uint8Array {
  const n = infos.length;
  const marks = new Uint8Array(n * 3);
  const mark = (from: number, len: number, bits: number) => {
    for (let k = from; k < from + len; k++) {
      const pos =
        len === 1 ? POSITION_U : k === from ? POSITION_B : k === from + len - 1 ? POSITION_L : POSITION_I;
      if (bits & 7) marks[k * 3] = pos * 8 + (bits & 7);
      if (bits & GAZ_COUNTRY) marks[k * 3 + 1] = pos;
      if (bits & GAZ_LANGUAGE) marks[k * 3 + 2] = pos;
    }
  };
  for (let i = 0; i < n; i++) {
    if (!capital(i)) continue;
    if (infos[i]!.gaz) mark(i, 1, infos[i]!.gaz);
    let h = infos[i]!.hl;
    for (let len = 2; len <= MAX_GAZ_WORDS && i + len <= n; len++) {
      h = continueHash(continueHash(h, ' '), infos[i + len - 1]!.lower);
      const bits = gazetteerBits(h);
      if (bits) mark(i, len, bits);
    }
  }
  return marks;
}

/** The tag before the first word of a sentence, as a "previous tag" index (tags are 0 … START_PREV - 1). */
export const START_PREV = 17;
/** Previous-tag states: every tag and the sentence start. */
export const PREV_STATES = START_PREV + 1;

/** The transition feature from previous tag `prev` (scored for the tag that follows it). */
export function transitionFeature(prev: number): number {
  return hashFeature(40, prev);
}

/** First-order history: previous tag × the word, previous tag × its shape. Written to out[0], out[1]. */
export function pairFeatures(out: Uint32Array, at: number, prev: number, info: WordInfo): void {
  out[at] = hashFeature(41, prev, info.hw);
  out[at + 1] = hashFeature(42, prev, info.hs);
}

/** Pair features per word and previous state. */
export const PAIR_SLOTS = 2;

/** The type the document gave the same word in an earlier sentence (0 none, 1 + type index), as a feature. */
export function seenFeature(seen: number, info: WordInfo): number {
  return seen ? hashFeature(43, seen, info.cap) : 0;
}
