import { lowerBound } from '../../util/lower-bound';
import { MAX_SPEAKER_TOKENS } from './constants';
import type { AttributedCue } from './cue-attribution';
import { isVerbForm, opensClause } from './cue-context';
import { type DocView, isAsideDash, isCapitalised, isMark, isWord } from './doc-view';
import type { DraftQuote } from './draft';
import type { QuotedSegment } from './quote-marks';
import { isQuotedTitle, isTitle } from './scare-quotes';
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
  if (LEAD_IN.has(prev.text))
    return prev.text === ':' || attributed !== undefined || isSentenceAfterComma(view, segment);
  // `said "We will win."`: a capitalised quotation straight after its cue. But `told "CBS This Morning" co-host …`:
  // a title in Title Case straight after a cue that takes an addressee is whom it was told, a show or a paper.
  const cue = byContentFirst.get(segment.open);
  if (!cue || !/^\p{Lu}/u.test(view.text[segment.start] ?? '')) return false;
  return !(
    view.words.addresseeCues.has(cue.cue.lemma) &&
    isQuotedTitle(view.text.slice(segment.start, segment.end), view.words)
  );
}

/**
 * `Said Comey, "The thought … is very painful to us."`: a capitalised quotation of several words that ends the
 * writer's sentence with its own full stop stands as an utterance even when no cue was read before the comma.
 */
function isSentenceAfterComma(view: DocView, segment: QuotedSegment): boolean {
  if (segment.close < 0) return false;
  if (!/^\p{Lu}/u.test(view.text[segment.start] ?? '')) return false;
  if (!SENTENCE_END.has(view.text[segment.end - 1] ?? '')) return false;
  const next = view.tokens[segment.closeLast + 1];
  if (next && next.sentence >= 0 && view.sentenceBlock[next.sentence] === segment.block && isWord(next))
    return false;
  return segment.close - segment.open > 4;
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

/** Whether a comma ends the quotation, inside its closing mark or just after it: `"…," Smith said`. */
function commaBeforeAfter(view: DocView, segment: QuotedSegment): boolean {
  return view.tokens[segment.closeLast + 1]?.text === ',' || view.tokens[segment.close - 1]?.text === ',';
}

/**
 * Whether tokens [from, to) only lead into a speaker phrase: the words of a noun phrase, a possessive or a comma
 * ("Twitter 's", "the council 's chief planner ,", "the tired ,"); a verb, a conjunction or another cue is a clause.
 */
function leadsIntoSpeaker(view: DocView, from: number, to: number): boolean {
  const { words, lower, tokens } = view;
  let joins = false;
  for (let j = from; j < to; j++) {
    const w = lower[j]!;
    if (words.possessiveTokens.has(w) || w === ',') {
      joins = true;
      continue;
    }
    if (isAbbreviationDot(view, j)) continue;
    if (!isWord(tokens[j]) || isVerbForm(view, j) || words.cueVerbs.has(w)) return false;
    if (words.speakerStop.has(w) || words.backStops.has(w) || words.coordinators.has(w)) return false;
    if (words.subjectPronouns.has(w)) return false;
  }
  return joins;
}

/** The cue after a closing mark that attributes the quote: `…," a military source told AFP.` */
function cueAfter(
  view: DocView,
  segment: QuotedSegment,
  byFirst: Map<number, AttributedCue>,
  bySpeakerFirst: Map<number, AttributedCue>,
) {
  if (segment.close < 0) return null;
  const block = segment.block;
  let k = segment.closeLast + 1;
  const start = view.tokens[k]?.text === ',' ? k + 1 : k;
  // `"…": lo ha detto Joe Biden`: an object clitic right after the mark stands for the quotation, and its cue's
  // speaker follows the cue.
  const clitic = view.tokens[k]?.text === ':' ? k + 1 : start;
  if (view.words.objectClitics?.has(view.lower[clitic] ?? '')) {
    const cue = byFirst.get(clitic + 1);
    if (cue?.speaker && cue.speaker.first > cue.cue.last) return cue;
  }
  // `''…,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said …`: a speaker phrase that starts right
  // after the mark attributes the quote however long its apposition.
  const named = bySpeakerFirst.get(start);
  if (
    named &&
    (named.cue.kind !== 'according' || named.cue.postposed) &&
    view.tokens[segment.close]!.sentence === named.cue.sentence &&
    commaBeforeAfter(view, segment)
  )
    return named;
  for (; k < view.tokens.length && k <= start + MAX_SPEAKER_TOKENS; k++) {
    const t = view.tokens[k]!;
    if (t.sentence < 0 || view.sentenceBlock[t.sentence] !== block || isMark(view, k)) return null;
    const cue = byFirst.get(k);
    if (cue) {
      if (cue.cue.kind === 'according' && !cue.cue.postposed) return null;
      // `…life." Rubio said the real extremist is …`: a quotation closed by its own full stop leaves a cue
      // with content of its own to that content.
      if (SENTENCE_END.has(view.text[segment.end - 1] ?? '') && hasContent(view, cue)) return null;
      if (!cue.inverted && cue.speaker?.first === start) return cue;
      // `"…," Twitter's Adam Sharp said.`, `"…," the tired, 64-year-old driver said.`: the speaker read back
      // from the cue may stop short of the mark at a possessive or a comma that the phrase still holds.
      if (
        !cue.inverted &&
        cue.speaker &&
        cue.speaker.first > start &&
        commaBeforeAfter(view, segment) &&
        leadsIntoSpeaker(view, start, cue.speaker.first)
      ) {
        // A description keeps its words from the mark on ("the tired, 64-year-old driver"); a name stays itself.
        if (!isCapitalised(view.tokens[cue.speaker.first]))
          cue.speaker = { first: start, last: cue.speaker.last };
        return cue;
      }
      // `"…", añadió.`: a cue with no subject of its own belongs to the speaker before.
      if (view.words.dropsSubject && !cue.speaker && k === start) return cue;
      if (cue.inverted && k === start) return cue;
      return null;
    }
    if (SENTENCE_END.has(t.text) && !isAbbreviationDot(view, k)) return null;
  }
  return null;
}

/** The cue before an opening mark that introduces the quote: `He said: "…"`, or a paragraph ending "continued:". */
function cueBefore(
  view: DocView,
  segment: QuotedSegment,
  byContentFirst: Map<number, AttributedCue>,
  lastBySentence: Map<number, AttributedCue>,
) {
  const prevIndex = segment.open - 1;
  const prev = view.tokens[prevIndex];
  const found = byContentFirst.get(segment.open) ?? byContentFirst.get(prevIndex);
  if (found && !found.used) return found;
  const opensBlock = !prev || view.sentenceBlock[prev.sentence] !== segment.block;
  if (opensBlock && prev?.text === ':') return byContentFirst.get(prevIndex + 1) ?? null;
  // `Mr. Kim … said in a recent issue of Foreign Policy magazine: ''In order …''`: a colon closes the words
  // between the sentence's last cue and the quotation, whatever they are.
  if (prev?.text === ':') {
    const last = lastBySentence.get(prev.sentence);
    if (last && !last.used && last.speaker && last.cue.last < prevIndex && last.contentFirst <= prevIndex)
      return last;
  }
  // `Okafor told the Gazette in a written statement, "…"`: a comma closes an addressee or an adjunct after the cue,
  // words with no clause, and the quotation is what was said.
  if (prev?.text === ',') {
    const last = lastBySentence.get(prev.sentence);
    if (
      last &&
      !last.used &&
      last.speaker &&
      last.cue.kind !== 'according' &&
      last.cue.last < prevIndex &&
      last.contentFirst < prevIndex &&
      isPhraseOnly(view, last.cue.last + 1, prevIndex)
    )
      return last;
  }
  return null;
}

/** Most tokens of an addressee or adjunct between a cue and the comma before its quotation. */
const MAX_LEAD_PHRASE = 12;

/** Whether tokens [from, to) are only noun and prepositional phrases: no verb, cue, clause opener or mark. */
function isPhraseOnly(view: DocView, from: number, to: number): boolean {
  const { words, lower, tokens } = view;
  if (to - from > MAX_LEAD_PHRASE) return false;
  for (let j = from; j < to; j++) {
    const w = lower[j]!;
    if (words.possessiveTokens.has(w) || isAbbreviationDot(view, j)) continue;
    if (!isWord(tokens[j]) || isVerbForm(view, j) || words.cueVerbs.has(w)) return false;
    if (words.complementizers.has(w) || words.subordinators.has(w) || words.subjectPronouns.has(w))
      return false;
  }
  return true;
}

/**
 * The cue that closes a sentence a quotation opens and the writer's words finish: `"Boots on the ground" would be
 * the right answer, the senator said.` The first cue after the mark must end the sentence after its comma.
 */
function cueClosingSentence(
  view: DocView,
  segment: QuotedSegment,
  cues: AttributedCue[],
  cueFirsts: number[],
): AttributedCue | null {
  if (segment.close < 0) return null;
  const sentence = view.tokens[segment.open]!.sentence;
  if (sentence < 0 || view.sentenceFirst[sentence] !== segment.open) return null;
  const after = segment.closeLast + 1;
  // Words of the writer's own must follow the mark: `"…," Smith said` is an attribution, not a sentence.
  if (!isWord(view.tokens[after]) || view.tokens[after]!.sentence !== sentence) return null;
  const c = cues[lowerBound(cueFirsts, after)];
  if (!c || c.used || c.cue.sentence !== sentence || !c.speaker || c.cue.kind === 'according') return null;
  const lead = c.inverted ? c.cue.first - 1 : c.speaker.first - 1;
  if (lead <= after || view.tokens[lead]?.text !== ',') return null;
  return hasContent(view, c) ? null : c;
}

/** A cue set off by dashes inside the quotation that names its speaker: "«… – dichiara il presidente – …»". */
function cueInside(view: DocView, segment: QuotedSegment, inside: Map<number, AttributedCue>) {
  if (!view.words.dashedAsides) return null;
  const last = segment.close < 0 ? view.tokens.length - 1 : segment.close;
  for (let k = segment.open + 1; k < last && view.tokens[k]!.start < segment.end; k++) {
    if (!isAsideDash(view, k)) continue;
    const cue = inside.get(k + 1);
    if (cue?.speaker && cue.inverted) return cue;
  }
  return null;
}

/** Fewest words before the comma of `…, Axelrod said.` that make them the cue's own content. */
const MIN_CONTENT_BEFORE = 3;

/**
 * Whether a cue that ends its sentence has content of its own before it: `Obama "felt an obligation" to act,
 * Axelrod said. "This is …"`. The quotation after it shares its speaker, but the cue still reports its sentence.
 */
function reportsOwnSentence(view: DocView, c: AttributedCue, segment: QuotedSegment): boolean {
  if (c.cue.sentence === view.tokens[segment.open]!.sentence || !c.speaker) return false;
  const lead = c.inverted ? c.cue.first - 1 : c.speaker.first - 1;
  const first = view.sentenceFirst[c.cue.sentence]!;
  return view.tokens[lead]?.text === ',' && lead - first >= MIN_CONTENT_BEFORE;
}

/** Direct quotes: whole quotations with the cue after or before them, or none (a continuation). */
export function findDirectQuotes(
  view: DocView,
  segments: QuotedSegment[],
  full: boolean[],
  cues: AttributedCue[],
  allCues: AttributedCue[] = cues,
): DraftQuote[] {
  const inside = new Map(allCues.map((c) => [c.cue.first, c]));
  const byFirst = new Map<number, AttributedCue>();
  const byContentFirst = new Map<number, AttributedCue>();
  const bySpeakerFirst = new Map<number, AttributedCue>();
  const lastBySentence = new Map<number, AttributedCue>();
  for (const c of cues) {
    byFirst.set(c.cue.first, c);
    byContentFirst.set(c.contentFirst, c);
    lastBySentence.set(c.cue.sentence, c);
    if (c.speaker && !c.inverted && !bySpeakerFirst.has(c.speaker.first))
      bySpeakerFirst.set(c.speaker.first, c);
  }
  const cueFirsts = cues.map((c) => c.cue.first);
  const drafts: DraftQuote[] = [];
  segments.forEach((segment, index) => {
    if (!full[index]) return;
    const after = cueAfter(view, segment, byFirst, bySpeakerFirst);
    const before = after ? null : cueBefore(view, segment, byContentFirst, lastBySentence);
    const outside = after ?? before ?? cueClosingSentence(view, segment, cues, cueFirsts);
    const aside = outside ? null : cueInside(view, segment, inside);
    const attribution = outside ?? aside;
    if (!attribution && isTitle(view.text.slice(segment.start, segment.end), view.words)) return;
    if (attribution && !(before && reportsOwnSentence(view, before, segment))) attribution.used = true;
    drafts.push({
      type: 'direct',
      start: segment.start,
      end: segment.end,
      block: segment.block,
      attribution,
      // A question put to someone ("X was asked, …") is not the last speaker's.
      inherits: attribution?.speaker == null && !attribution?.cue.passive,
      segment: index,
      chainWith: segment.continues ? index - 1 : null,
      asideSpeaker: aside !== null,
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
