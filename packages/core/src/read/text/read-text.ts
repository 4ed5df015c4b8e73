import { type Body, type BodyBlock, type BodyImage, emptyMeta } from '../../body';
import { isBylineBlock, isNameOnlyBlock, parseByline } from '../../front-matter/byline/parse-byline';
import { looksLikeCaption, splitCredit } from '../../front-matter/credit/split-credit';
import { type DatelineMatch, extractDateline } from '../../front-matter/dateline/extract-dateline';
import type { Warning } from '../../schema/article';
import { datelineYear, firstBodyBlock, toDateline } from '../dateline';
import { joinBlocks, type NormalizedRun, normalizeInline } from '../normalize';

interface RawBlock {
  raw: string;
  start: number;
  lines: number;
}

/** Splits raw text into blocks at blank lines; text with no blank line is split at every line break. */
function splitBlocks(input: string): RawBlock[] {
  const hasBlankLine = /\n[ \t\u00a0]*\r?\n/.test(input);
  const separator = hasBlankLine ? /\r?\n(?:[ \t\u00a0]*\r?\n)+/g : /\r?\n/g;
  const blocks: RawBlock[] = [];
  let last = 0;
  const push = (end: number) => {
    const raw = input.slice(last, end);
    if (raw.trim()) blocks.push({ raw, start: last, lines: raw.trim().split('\n').length });
  };
  for (let m = separator.exec(input); m; m = separator.exec(input)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(input.length);
  return blocks;
}

const MAX_HEADLINE = 250;
const MAX_DEK = 400;
const MAX_FRONT_BLOCKS = 4;
const SECTION_LABEL = /^(?:ABSTRACT|FULL TEXT|SUMMARY|LETTERS|HIGHLIGHTS)\.?$/i;

function looksLikeHeadline(
  block: RawBlock,
  text: string,
  datelineOf: (n: number) => DatelineMatch | null,
): boolean {
  if (block.lines > 2 || text.length > MAX_HEADLINE || text.length < 3) return false;
  if (isBylineBlock(text)) return false;
  // A short line straight before a dateline paragraph is the headline (CoNLL's "PRESS DIGEST - Tunisia - Aug 31 .").
  if (datelineOf(1)) return true;
  // A dateline opens a story paragraph, but a shouted block is a headline even when it opens like one.
  if (datelineOf(0) && text !== text.toUpperCase()) return false;
  // Two or more full sentences read as a paragraph ("N. Korea" is an initial, not a sentence end).
  return (text.match(/[\p{Ll}\d][.!?]["')\]]?\s+\p{Lu}/gu) ?? []).length < 2;
}

/**
 * Reads a plain-text story: headline, optional dek, photo caption with credit, byline, then paragraphs
 * (the first of which may open with a dateline). Typography is normalised one character for one.
 */
export function readText(
  input: string,
  options: {
    sourceMap?: boolean;
    /** The caller's reference day (YYYY-MM-DD), the year of a dateline printed without one. Default: none. */
    referenceDay?: string | null;
  } = {},
): Body {
  const warnings: Warning[] = [];
  const raw = input.replace(/^\ufeff/, '');
  const offset = input.length - raw.length;
  const blocks: RawBlock[] = [];
  const runs: NormalizedRun[] = [];
  for (const b of splitBlocks(raw)) {
    const run = normalizeInline(b.raw, options.sourceMap ? b.start + offset : undefined);
    // A block of nothing but invisible characters normalises to nothing: drop it here.
    if (run.text) {
      blocks.push(b);
      runs.push(run);
    }
  }
  // Each block is tried for a dateline once: the structure below asks often, the Body keeps the first paragraph's.
  const year = datelineYear(options.referenceDay ?? null, null);
  const datelines = new Map<number, DatelineMatch | null>();
  const datelineOf = (n: number): DatelineMatch | null => {
    if (n >= runs.length) return null;
    if (!datelines.has(n)) datelines.set(n, extractDateline(runs[n]!.text, year));
    return datelines.get(n)!;
  };
  const meta = emptyMeta();
  const images: BodyImage[] = [];
  const kinds: BodyBlock['kind'][] = runs.map(() => 'paragraph');
  const dropped = new Set<number>();
  const imageAt = new Map<number, BodyImage>();

  let i = 0;
  if (blocks.length >= 2 && looksLikeHeadline(blocks[0]!, runs[0]!.text, datelineOf)) {
    kinds[0] = 'headline';
    meta.headline = runs[0]!.text;
    i = 1;
  }
  // Front matter: at most a few short blocks before the story proper.
  const frontEnd = Math.min(runs.length - 1, i + MAX_FRONT_BLOCKS);
  let datelineAt = -1;
  for (let j = i; j <= frontEnd; j++) {
    if (datelineOf(j)) {
      datelineAt = j;
      break;
    }
    if (runs[j]!.text.length > MAX_DEK) break;
  }
  for (let j = i; j < frontEnd; j++) {
    const text = runs[j]!.text;
    // A bare name just before the dateline is a byline without "By" (CoNLL's "Peter Blackburn").
    if (isBylineBlock(text) || (datelineAt === j + 1 && isNameOnlyBlock(text))) {
      const parsed = parseByline(text);
      meta.authors.push(...parsed.authors);
      meta.agencies.push(...parsed.agencies);
      dropped.add(j);
      i = j + 1;
      continue;
    }
    if (text.length <= 600 && looksLikeCaption(text) && !datelineOf(j)) {
      const { caption, credit } = splitCredit(text);
      kinds[j] = 'caption';
      const image: BodyImage = { url: null, caption: caption || null, credit, alt: null, captionBlock: null };
      images.push(image);
      imageAt.set(j, image);
      i = j + 1;
      continue;
    }
    // Lines between the headline and a dateline paragraph are front matter: a dek, an abstract, or
    // section labels such as PolNeAR's NYT "ABSTRACT." / "FULL TEXT." (nyt_2016-09-08_obama-on-climate…).
    const next = runs[j + 1]?.text ?? '';
    const beforeFrontMatter =
      j === 1 && text.length <= MAX_DEK && (isBylineBlock(next) || looksLikeCaption(next));
    if (kinds[0] === 'headline' && (datelineAt > j || beforeFrontMatter)) {
      if (SECTION_LABEL.test(text)) dropped.add(j);
      else {
        kinds[j] = 'dek';
        meta.dek ??= text;
      }
      i = j + 1;
      continue;
    }
    break;
  }
  if (runs.length === 0 || kinds.every((k, n) => k !== 'paragraph' || dropped.has(n))) {
    warnings.push({ code: 'no-body', message: 'no body paragraphs were found in the text' });
  }

  // Captions keep only the caption sentence in the text; the credit lives on the image.
  const kept: { kind: BodyBlock['kind']; run: NormalizedRun }[] = [];
  // Which run each kept block came from, to hand on the first paragraph's dateline.
  const source: number[] = [];
  runs.forEach((run, n) => {
    if (dropped.has(n)) return;
    if (kinds[n] === 'caption') {
      const image = imageAt.get(n)!;
      const len = image.caption?.length ?? 0;
      image.captionBlock = len ? kept.length : null;
      if (len) {
        kept.push({ kind: 'caption', run: { text: run.text.slice(0, len), map: run.map?.slice(0, len) } });
        source.push(n);
      }
      return;
    }
    kept.push({ kind: kinds[n]!, run });
    source.push(n);
  });
  const joined = joinBlocks(kept);
  const first = firstBodyBlock(joined.blocks);
  const dateline = first
    ? toDateline(joined.text, first, datelineOf(source[joined.blocks.indexOf(first)]!))
    : null;
  return {
    kind: 'text',
    url: null,
    text: joined.text,
    blocks: joined.blocks,
    images,
    media: [],
    meta,
    dateline,
    html: null,
    isArticle: { score: 1, reasons: ['plain text is taken as an article'] },
    warnings,
    ...(joined.sourceMap ? { sourceMap: joined.sourceMap } : {}),
  };
}
