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

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x0c, 0x0b]);
// A lookup table over UTF-16 code units: 1 where the character needs mapping or folding.
const SPECIAL = new Uint8Array(0x10000);
for (const code of [...Object.keys(CHAR_MAP).map((c) => c.charCodeAt(0)), ...WHITESPACE]) SPECIAL[code] = 1;

/**
 * Normalises one block of inline text: typographic quotes, dashes and exotic spaces become their plain
 * forms, invisible characters go, and runs of white space (line breaks included) fold into one space.
 * With `base`, it also maps each output character to its offset in `input` plus `base`: four bytes a
 * character, so only benchmarks that score against raw offsets ask for it.
 */
export function normalizeInline(input: string, base?: number): NormalizedRun {
  // Plain runs are copied by slice and special characters one by one: string-building per character
  // dominated the time on megabyte inputs (bench/scaling.ts, "one huge word").
  const map = base === undefined ? null : new Int32Array(input.length);
  const b = base ?? 0;
  const parts: string[] = [];
  let length = 0;
  let runStart = -1;
  let pendingSpace = -1;
  const flush = (end: number) => {
    if (runStart >= 0) {
      if (map) for (let j = runStart; j < end; j++) map[length++] = b + j;
      else length += end - runStart;
      parts.push(input.slice(runStart, end));
    }
    runStart = -1;
  };
  const put = (text: string, at: number) => {
    parts.push(text);
    if (map) map[length] = b + at;
    length++;
  };
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (SPECIAL[code] === 0) {
      if (pendingSpace >= 0) {
        if (length > 0) put(' ', pendingSpace);
        pendingSpace = -1;
      }
      if (runStart < 0) runStart = i;
      continue;
    }
    flush(i);
    const mapped = CHAR_MAP[input[i]!];
    const ch = mapped === undefined ? input[i]! : mapped;
    if (ch === '') continue;
    if (ch === ' ' || WHITESPACE.has(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && length > 0) put(' ', pendingSpace);
    pendingSpace = -1;
    put(ch, i);
  }
  flush(input.length);
  const text = parts.join('');
  return map ? { text, map: map.subarray(0, length) } : { text };
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
