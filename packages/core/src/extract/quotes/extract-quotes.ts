import type { Annotated } from '../../nlp/annotate';
import type { Entity, Quote } from '../../schema/article';
import { countWords } from '../../util/count-words';
import { lowerBound } from '../../util/lower-bound';
import { makeSpan as span } from '../../util/span';
import { MIN_UNATTRIBUTED_WORDS } from './constants';
import { attributeCues } from './cue-attribution';
import { findCues } from './cues';
import { cuesOutsideQuotes, findDirectQuotes, isFullQuote } from './direct-quotes';
import { makeDocView } from './doc-view';
import type { DraftQuote } from './draft';
import { firstEntityOverlapping } from './mention-index';
import { findQuotedSegments } from './quote-marks';
import { findReportedSpeech } from './reported-speech';
import { makeResolveContext, type ResolvedSpeaker, remember, resolveSpeaker } from './resolve-speaker';
import { isScareQuote, namesSource, sourceWindows } from './scare-quotes';
import { readSpeakerPhrase } from './speaker-name';
import { findAntecedent } from './speaker-phrase';

/** Gives continuations the speaker of the quote before them, and multi-paragraph quotes their later attribution. */
function linkSpeakers(drafts: DraftQuote[], resolved: (ResolvedSpeaker | null)[]): void {
  const bySegment = new Map<number, number>();
  drafts.forEach((d, i) => {
    if (d.segment !== null) bySegment.set(d.segment, i);
  });
  // A quote left open over several paragraphs is often attributed only in its last paragraph.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.chainWith === null || !resolved[i]) continue;
    const prev = bySegment.get(d.chainWith);
    if (prev !== undefined && !resolved[prev]) resolved[prev] = resolved[i]!;
  }
}

/** Quotes with speakers, cues and addressees: direct, mixed (partial quotation) and indirect speech. */
export function extractQuotes(doc: Annotated, entities: Entity[]): Quote[] {
  const view = makeDocView(doc);
  const segments = findQuotedSegments(view, doc.body.blocks);
  const allCues = attributeCues(view, findCues(view));
  if (allCues.length === 0 && segments.length === 0) return [];
  const byContentFirst = new Map(allCues.map((c) => [c.contentFirst, c]));
  // "according to his book "The Art of the Deal"": a quotation that names the source is a title, not speech.
  const windows = sourceWindows(view, allCues);
  const titles = segments.map((s) => namesSource(s, windows));
  const full = segments.map((s, i) => !titles[i] && isFullQuote(view, s, byContentFirst));
  const cues = cuesOutsideQuotes(view, allCues, segments, full);
  const scare = segments.map((s, i) => titles[i] || (!full[i] && isScareQuote(view, s)));
  const found = [
    ...findDirectQuotes(view, segments, full, cues, allCues),
    ...findReportedSpeech(view, cues, segments, full, scare),
  ].sort((a, b) => a.start - b.start);
  // "He added that she "wrote the ambassador a letter saying what a great friend they were."": speech reported
  // inside a quotation a quote claimed is part of that quote, as it is inside a full one.
  // Segments never overlap, so the claimed ones sorted by start are sorted by end too: one search per cue.
  const claimed = found
    .filter((d) => d.segment !== null)
    .map((d) => segments[d.segment!]!)
    .sort((a, b) => a.start - b.start);
  const claimedStarts = claimed.map((s) => s.start);
  const drafts = found.filter((d) => {
    const cue = d.attribution?.cue;
    if (!cue || d.segment !== null) return true;
    const at = view.tokens[cue.first]!.start;
    const k = lowerBound(claimedStarts, at + 1) - 1;
    return k < 0 || at >= claimed[k]!.end;
  });

  const ctx = makeResolveContext(view, entities);
  const resolved: (ResolvedSpeaker | null)[] = drafts.map(() => null);
  let lastBlock = -2;
  let current: ResolvedSpeaker | null = null;
  drafts.forEach((d, i) => {
    const range = d.attribution?.speaker;
    if (range) {
      const relative = view.words.speakerRelatives.has(view.lower[range.first]!);
      const antecedent = relative ? findAntecedent(view, range.first) : null;
      ctx.content = { start: d.start, end: d.end };
      const found = resolveSpeaker(ctx, readSpeakerPhrase(view, antecedent ?? range), antecedent !== null);
      ctx.content = null;
      const at = view.tokens[range.first]!;
      const speaker = antecedent ? { ...found, start: at.start, end: at.end } : found;
      remember(ctx, speaker);
      resolved[i] = speaker;
      current = speaker;
    } else if (d.inherits && current && d.block - lastBlock <= 1) {
      // A bare quotation continues the last speaker of its paragraph or the one before.
      resolved[i] = current;
    }
    lastBlock = d.block;
  });
  linkSpeakers(drafts, resolved);

  const tokenSpan = (first: number, last: number) =>
    span(view.text, view.tokens[first]!.start, view.tokens[last]!.end);
  const quotes: Quote[] = [];
  drafts.forEach((d, i) => {
    const found = resolved[i];
    // A speaker is never part of what it said, but for the dashed aside that names it inside the quotation.
    const speaker = found && found.start < d.end && found.end > d.start && !d.asideSpeaker ? null : found;
    // Counting stops at the threshold: a chained sentence makes every content run to the block's end.
    const words = countWords(view.text.slice(d.start, d.end), MIN_UNATTRIBUTED_WORDS);
    if (!speaker && !d.attribution && words < MIN_UNATTRIBUTED_WORDS) return;
    const cue = d.attribution?.cue;
    const addressee = d.attribution?.addressee;
    const addresseeSpan = addressee ? tokenSpan(addressee.first, addressee.last) : null;
    quotes.push({
      text: view.text.slice(d.start, d.end),
      type: d.type,
      span: span(view.text, d.start, d.end),
      speaker: speaker
        ? {
            text: view.text.slice(speaker.start, speaker.end),
            name: speaker.name,
            entityId: speaker.entityId,
            span: span(view.text, speaker.start, speaker.end),
          }
        : null,
      cue: cue ? { text: tokenSpan(cue.first, cue.last).text, span: tokenSpan(cue.first, cue.last) } : null,
      addressee: addresseeSpan
        ? {
            text: addresseeSpan.text,
            entityId:
              firstEntityOverlapping(ctx.mentions, addresseeSpan.start, addresseeSpan.end)?.id ?? null,
            span: addresseeSpan,
          }
        : null,
    });
  });
  return quotes;
}
