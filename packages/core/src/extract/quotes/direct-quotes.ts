import { MAX_SPEAKER_TOKENS } from './constants';
import type { AttributedCue } from './cue-attribution';
import { opensClause } from './cue-context';
import { type DocView, isMark, isWord } from './doc-view';
import type { DraftQuote } from './draft';
import type { QuotedSegment } from './quote-marks';
import { isTitle } from './scare-quotes';
import { isAbbreviationDot } from './speaker-phrase';

const SENTENCE_END = new Set(['.', '!', '?']);
const LEAD_IN = new Set([':', ',']);

/** Whether a quotation stands as a whole utterance rather than inside a sentence of the writer's. */
export function isFullQuote(
  view: DocView,
  segment: QuotedSegment,
  byContentFirst: Map<number, AttributedCue>,
) {
  if (segment.close < 0 || segment.continues) return true;
  const open = view.tokens[segment.open]!;
  const prevIndex = segment.open - 1;
  const prev = view.tokens[prevIndex];
  if (!prev || view.sentenceBlock[prev.sentence] !== view.sentenceBlock[open.sentence]) return true;
  if (SENTENCE_END.has(prev.text) || isMark(view, prevIndex)) return true;
  const attributed = byContentFirst.get(segment.open) ?? byContentFirst.get(prevIndex);
  if (LEAD_IN.has(prev.text)) return prev.text === ':' || attributed !== undefined;
  // `said "We will win."`: a capitalised quotation straight after its cue.
  return byContentFirst.has(segment.open) && /^\p{Lu}/u.test(view.text[segment.start] ?? '');
}

/** Whether a cue has words of its own after it: "Rubio said the real extremist …", not "Rubio said." */
function hasContent(view: DocView, c: AttributedCue): boolean {
  const first = c.contentFirst;
  const end = view.sentenceEnd[c.cue.sentence]!;
  if (first >= end || !isWord(view.tokens[first]) || isMark(view, first)) return false;
  const w = view.lower[first]!;
  const { words } = view;
  // "said to People", "said in response", "asked reporters", "said as he left": no content of its own.
  if (
    words.subordinators.has(w) ||
    words.backStops.has(w) ||
    words.channelPrepositions.has(w) ||
    words.addresseePrepositions.has(w) ||
    words.locativePrepositions.has(w) ||
    words.audienceNouns.has(w)
  )
    return false;
  return opensClause(view, first, end);
}

/** The cue after a closing mark that attributes the quote: `…," a military source told AFP.` */
function cueAfter(view: DocView, segment: QuotedSegment, byFirst: Map<number, AttributedCue>) {
  if (segment.close < 0) return null;
  const block = segment.block;
  let k = segment.closeLast + 1;
  const start = view.tokens[k]?.text === ',' ? k + 1 : k;
  for (; k < view.tokens.length && k <= start + MAX_SPEAKER_TOKENS; k++) {
    const t = view.tokens[k]!;
    if (t.sentence < 0 || view.sentenceBlock[t.sentence] !== block || isMark(view, k)) return null;
    const cue = byFirst.get(k);
    if (cue) {
      if (cue.cue.kind === 'according') return null;
      // `…life." Rubio said the real extremist is …`: a quotation closed by its own full stop leaves a cue
      // with content of its own to that content.
      if (SENTENCE_END.has(view.text[segment.end - 1] ?? '') && hasContent(view, cue)) return null;
      if (!cue.inverted && cue.speaker?.first === start) return cue;
      if (cue.inverted && k === start) return cue;
      return null;
    }
    if (SENTENCE_END.has(t.text) && !isAbbreviationDot(view, k)) return null;
  }
  return null;
}

/** The cue before an opening mark that introduces the quote: `He said: "…"`, or a paragraph ending "continued:". */
function cueBefore(view: DocView, segment: QuotedSegment, byContentFirst: Map<number, AttributedCue>) {
  const prevIndex = segment.open - 1;
  const prev = view.tokens[prevIndex];
  const found = byContentFirst.get(segment.open) ?? byContentFirst.get(prevIndex);
  if (found && !found.used) return found;
  const opensBlock = !prev || view.sentenceBlock[prev.sentence] !== segment.block;
  if (opensBlock && prev?.text === ':') return byContentFirst.get(prevIndex + 1) ?? null;
  return null;
}

/** Direct quotes: whole quotations with the cue after or before them, or none (a continuation). */
export function findDirectQuotes(
  view: DocView,
  segments: QuotedSegment[],
  full: boolean[],
  cues: AttributedCue[],
): DraftQuote[] {
  const byFirst = new Map<number, AttributedCue>();
  const byContentFirst = new Map<number, AttributedCue>();
  for (const c of cues) {
    byFirst.set(c.cue.first, c);
    byContentFirst.set(c.contentFirst, c);
  }
  const drafts: DraftQuote[] = [];
  segments.forEach((segment, index) => {
    if (!full[index]) return;
    const attribution = cueAfter(view, segment, byFirst) ?? cueBefore(view, segment, byContentFirst);
    if (!attribution && isTitle(view.text.slice(segment.start, segment.end), view.words)) return;
    if (attribution) attribution.used = true;
    drafts.push({
      type: 'direct',
      start: segment.start,
      end: segment.end,
      block: segment.block,
      attribution,
      inherits: attribution?.speaker == null,
      segment: index,
      chainWith: segment.continues ? index - 1 : null,
    });
  });
  return drafts;
}

/**
 * The cues outside every whole quotation: speech reported inside a direct quote ("… and he said something about
 * blood," Smith said) is part of that quote, and its words ("I can honestly say") are no speaker.
 */
export function cuesOutsideQuotes(
  view: DocView,
  cues: AttributedCue[],
  segments: QuotedSegment[],
  full: boolean[],
): AttributedCue[] {
  // Both lists are in text order: one pass.
  const kept: AttributedCue[] = [];
  let k = 0;
  for (const c of cues) {
    const at = view.tokens[c.cue.first]!.start;
    while (k < segments.length && (!full[k] || segments[k]!.end <= at)) k++;
    const seg = segments[k];
    if (!seg || at < seg.start) kept.push(c);
  }
  return kept;
}
