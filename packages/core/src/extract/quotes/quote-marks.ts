import { DASHES, type DocView, markLength } from './doc-view';

/** A run of text between double quotation marks, within one block. */
export interface QuotedSegment {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote runs on to the next paragraph. */
  close: number;
  /** Last token index of the closing mark (a '' mark is two tokens), or -1. */
  closeLast: number;
  /** Content offsets, marks and trailing commas excluded. */
  start: number;
  end: number;
  block: number;
  /** The segment continues an unclosed quote of the previous paragraph. */
  continues: boolean;
}

const OPENERS_BEFORE = new Set([' ', '(', '[', '{', '—', '–', '-', '/', '\n']);
const CLOSING_PUNCTUATION = new Set([',', '.', ';', ':', '!', '?', ')']);

/** Opening or closing, judged by the characters around the mark (the text has only straight quotes). */
function markSide(
  text: string,
  at: number,
  length: number,
  blockStart: number,
  blockEnd: number,
  spaced: boolean,
) {
  const before = at > blockStart ? text[at - 1]! : ' ';
  const after = at + length < blockEnd ? text[at + length]! : ' ';
  // French elides before a spaced guillemet: d'« ajustement », folded to d'" ajustement ".
  const spaceBefore = OPENERS_BEFORE.has(before) || (spaced && before === "'");
  const spaceAfter = after === ' ' || after === '\n';
  // French sets its guillemets off with spaces (« Le drone … », a-t-il dit), and the text folds « and » to the
  // same mark: one followed by punctuation closes.
  if (spaceBefore && !spaceAfter) return spaced && CLOSING_PUNCTUATION.has(after) ? 'close' : 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (!spaceBefore && !spaceAfter)
    return /[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(before) ? 'open' : 'close';
  return null;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === ',')) e--;
  return e;
}

function trimmedStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && text[s] === ' ') s++;
  return s;
}

/**
 * A paragraph opened by a dialogue dash: its speech runs to the dash of an inciso ("—dijo Ponce—") or to the
 * paragraph's end. Returns the token index after the block, or -1 when the block opens no dialogue.
 */
function dialogueSegment(
  view: DocView,
  i: number,
  bEnd: number,
  block: number,
  out: QuotedSegment[],
): number {
  const { tokens, text } = view;
  let end = i + 1;
  while (end < tokens.length && tokens[end]!.start < bEnd) end++;
  if (!DASHES.has(tokens[i]!.text) || end - i < 3) return -1;
  // The inciso's dash stands after a space, and a cue follows it: " —dijo".
  let close = -1;
  for (let k = i + 2; k < end - 1; k++) {
    if (!DASHES.has(tokens[k]!.text) || text[tokens[k]!.start - 1] !== ' ') continue;
    const w = view.lower[k + 1]!;
    if (view.words.cueVerbs.has(w) || view.words.cueAuxiliaries.has(w)) {
      close = k;
      break;
    }
  }
  const start = tokens[i + 1]!.start;
  const stop = close >= 0 ? tokens[close]!.start : tokens[end - 1]!.end;
  const trimmed = trimmedEnd(text, start, stop);
  if (trimmed > start)
    out.push({ open: i, close, closeLast: close, start, end: trimmed, block, continues: false });
  return end;
}

/**
 * Pairs the double quotation marks of each body block. Nested marks stay inside their quote; a quote left
 * open at the end of a paragraph ends there, and a paragraph that opens with a mark continues it.
 */
export function findQuotedSegments(view: DocView, blocks: { start: number; end: number }[]): QuotedSegment[] {
  const { tokens, text } = view;
  const segments: QuotedSegment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const block = t.sentence >= 0 ? view.sentenceBlock[t.sentence]! : -1;
    if (block < 0 || !view.speechBlock[block]) {
      i++;
      continue;
    }
    const { start: bStart, end: bEnd } = blocks[block]!;
    if (view.words.dialogueDash && tokens[i]!.start === bStart) {
      const after = dialogueSegment(view, i, bEnd, block, segments);
      if (after >= 0) {
        i = after;
        continue;
      }
    }
    const firstOfBlock = segments.length;
    let depth = 0;
    let open = -1;
    let j = i;
    let openLast = -1;
    for (; j < tokens.length && tokens[j]!.start < bEnd; j++) {
      const length = markLength(view, j);
      if (length === 0) continue;
      const last = j + length - 1;
      const side = markSide(text, tokens[j]!.start, length, bStart, bEnd, view.words.spacedMarks);
      if (side === 'open' || (side === null && depth === 0)) {
        if (depth === 0) {
          open = j;
          openLast = last;
        }
        depth++;
      } else if (depth > 0 && --depth === 0) {
        const start = trimmedStart(text, tokens[openLast]!.end, tokens[j]!.start);
        const end = trimmedEnd(text, start, tokens[j]!.start);
        if (end > start)
          segments.push({ open, close: j, closeLast: last, start, end, block, continues: false });
      }
      j = last;
    }
    if (depth > 0) {
      const start = trimmedStart(text, tokens[openLast]!.end, bEnd);
      const end = trimmedEnd(text, start, bEnd);
      if (end > start) segments.push({ open, close: -1, closeLast: -1, start, end, block, continues: false });
    }
    // A paragraph opening with a mark continues the quote the previous paragraph left open.
    const first = segments[firstOfBlock];
    const prev = segments[firstOfBlock - 1];
    if (first && prev && first.open === i && prev.close === -1 && prev.block === block - 1)
      first.continues = true;
    i = j;
  }
  return segments;
}
