import { table } from '../util/table';

// One-for-one character replacements: each keeps UTF-16 length 1, so offsets survive normalisation.
const CHAR_MAP: Record<string, string> = table({
  '\u00a0': ' ', // no-break space
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2012': '–', // figure dash
  '\u2015': '—', // horizontal bar, used as a dateline dash by some US sites
  '\u2212': '-', // minus sign
  '\u00ad': '', // soft hyphen: dropped
  '\u200b': '', // zero-width space: dropped
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
});

/**
 * Result of normalising a run of inline text; `map[i]`, when asked for, is the input offset of output
 * character `i`.
 */
export interface NormalizedRun {
  text: string;
  map?: Int32Array;
}

const WHITESPACE = [0x20, 0x0a, 0x0d, 0x0c, 0x0b];
// What each UTF-16 code unit becomes: KEEP itself, SPACE folded into a run of white space, DROP nothing, or
// another character, REPLACEMENTS[kind - REPLACED] (one table read a character, no string made for it).
const KEEP = 0;
const SPACE = 1;
const DROP = 2;
const REPLACED = 3;
const REPLACEMENTS: string[] = [];
const KIND = new Uint8Array(0x10000);
for (const [from, to] of Object.entries(CHAR_MAP)) {
  let kind = SPACE;
  if (to === '') kind = DROP;
  else if (to !== ' ') {
    if (!REPLACEMENTS.includes(to)) REPLACEMENTS.push(to);
    kind = REPLACED + REPLACEMENTS.indexOf(to);
  }
  KIND[from.charCodeAt(0)] = kind;
}
for (const code of WHITESPACE) KIND[code] = SPACE;

/**
 * Normalises one block of inline text: typographic quotes, dashes and exotic spaces become their plain
 * forms, invisible characters go, and runs of white space (line breaks included) fold into one space.
 * With `base`, it also maps each output character to its offset in `input` plus `base`: four bytes a
 * character, so only benchmarks that score against raw offsets ask for it.
 */
export function normalizeInline(input: string, base?: number): NormalizedRun {
  // Plain runs are copied by slice and special characters one by one: string-building per character
  // dominated the time on megabyte inputs (bench/scaling.ts, "one huge word"). A single space between two kept
  // characters stays inside the run, so prose is copied a sentence at a time, not a word at a time.
  const map = base === undefined ? null : new Int32Array(input.length);
  const b = base ?? 0;
  const n = input.length;
  let text = '';
  let runStart = -1;
  let pendingSpace = -1;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const kind = KIND[code]!;
    if (kind === KEEP) {
      if (runStart < 0) {
        if (pendingSpace >= 0 && text.length > 0) {
          if (map) map[text.length] = b + pendingSpace;
          text += ' ';
        }
        pendingSpace = -1;
        runStart = i;
      }
      continue;
    }
    if (code === 0x20 && runStart >= 0 && i + 1 < n && KIND[input.charCodeAt(i + 1)] === KEEP) continue;
    if (runStart >= 0) {
      if (map) for (let j = runStart, at = text.length; j < i; j++, at++) map[at] = b + j;
      text += input.slice(runStart, i);
      runStart = -1;
    }
    if (kind === DROP) continue;
    if (kind === SPACE) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      if (map) map[text.length] = b + pendingSpace;
      text += ' ';
    }
    pendingSpace = -1;
    if (map) map[text.length] = b + i;
    text += REPLACEMENTS[kind - REPLACED]!;
  }
  if (runStart >= 0) {
    if (map) for (let j = runStart, at = text.length; j < n; j++, at++) map[at] = b + j;
    text = runStart === 0 ? input : text + input.slice(runStart);
  }
  return map ? { text, map: map.subarray(0, text.length) } : { text };
}

/**
 * Joins normalised blocks with a blank line between them and records where each block sits; when every
 * run carries a map, the joined map too (a blank line maps to the start of the block after it).
 */
export function joinBlocks<K>(runs: { kind: K; run: NormalizedRun }[]): {
  text: string;
  blocks: { kind: K; start: number; end: number }[];
  sourceMap?: Int32Array;
} {
  const parts: string[] = [];
  const blocks: { kind: K; start: number; end: number }[] = [];
  const mapped = runs.length > 0 && runs.every((r) => r.run.map);
  let total = 0;
  if (mapped) for (const r of runs) total += r.run.text.length + 2;
  const sourceMap = mapped ? new Int32Array(Math.max(0, total - 2)) : null;
  let length = 0;
  for (const { kind, run } of runs) {
    if (run.text.length === 0) continue;
    if (parts.length > 0) {
      if (sourceMap) {
        const next = run.map![0] ?? 0;
        sourceMap[length] = next;
        sourceMap[length + 1] = next;
      }
      length += 2;
    }
    blocks.push({ kind, start: length, end: length + run.text.length });
    sourceMap?.set(run.map!, length);
    parts.push(run.text);
    length += run.text.length;
  }
  const text = parts.join('\n\n');
  return sourceMap ? { text, blocks, sourceMap: sourceMap.subarray(0, length) } : { text, blocks };
}
