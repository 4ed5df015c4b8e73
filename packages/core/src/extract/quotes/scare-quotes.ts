import type { QuoteWords } from '../../languages/types';
import { countWords } from '../../util/count-words';
import { MAX_SCARE_WORDS, MAX_TITLE_WORDS } from './constants';
import type { AttributedCue } from './cue-attribution';
import { type DocView, isWord } from './doc-view';
import type { QuotedSegment } from './quote-marks';

/**
 * A quotation that names or labels rather than reports speech: `so-called "de-escalation" zones`, a film
 * title, or a short quotation used as a modifier before a noun.
 */
export function isScareQuote(view: DocView, segment: QuotedSegment): boolean {
  const before = view.lower[segment.open - 1] ?? '';
  const beforeTwo = view.lower[segment.open - 2] ?? '';
  if (
    view.words.scareBefore.has(before) ||
    view.words.scareBefore.has(beforeTwo) ||
    view.words.namingPhrases.some(([first, second]) => beforeTwo === first && before === second)
  )
    return true;
  const text = view.text.slice(segment.start, segment.end);
  if (isTitle(text, view.words)) return true;
  const words = countWords(text);
  if (words > MAX_SCARE_WORDS || segment.close < 0) return false;
  const next = view.tokens[segment.closeLast + 1];
  const nextWord = view.lower[segment.closeLast + 1] ?? '';
  // A short quotation followed straight by a lower-case noun is an adjective: "de-escalation" zones. One that
  // closes on its own comma or stop ("a "ridiculous proposition," adding …") ends a phrase instead.
  if (/^[,.;:!?]$/.test(view.tokens[segment.close - 1]?.text ?? '')) return false;
  return isWord(next) && next!.text[0] === nextWord[0] && !view.words.afterShortQuoteOk.has(nextWord);
}

/** A short quotation in Title Case is a name (a show, a slogan, a book), not speech: "Fox and Friends". */
export function isTitle(text: string, words: QuoteWords): boolean {
  const parts = text.split(' ');
  if (parts.length > MAX_TITLE_WORDS) return false;
  let capitalised = 0;
  for (const w of parts) {
    if (/^\p{Lu}/u.test(w)) capitalised++;
    else if (!words.titleSmallWords.has(w)) return false;
  }
  return capitalised >= 1 && /^\p{Lu}/u.test(parts.at(-1) ?? '');
}

/** A quotation's text in Title Case, less a full stop or comma closing it inside the marks: "Fox News Sunday." */
export function isQuotedTitle(text: string, words: QuoteWords): boolean {
  return isTitle(text.replace(/[.,]$/, ''), words);
}

/**
 * Whether a quotation opens the source phrase of an "according to" cue, so it names a book or a document rather
 * than reports speech: "according to his book "The Art of the Deal"", "According to Ada Okafor's "The Long Road,"".
 * `sourceStarts` holds, for each such cue, the first token after it and the last at which its source may open.
 */
export function namesSource(segment: QuotedSegment, sourceStarts: readonly [number, number][]): boolean {
  return sourceStarts.some(([first, last]) => segment.open >= first && segment.open <= last);
}

/** The token window in which each "according to" cue's source phrase opens, up to just after its speaker phrase. */
export function sourceWindows(view: DocView, cues: readonly AttributedCue[]): [number, number][] {
  return cues
    .filter((c) => c.cue.kind === 'according' && !c.cue.postposed)
    .map((c) => {
      const last = c.speaker && c.speaker.first > c.cue.last ? c.speaker.last : c.cue.last;
      const possessive = view.words.possessiveTokens.has(view.lower[last + 1] ?? '');
      return [c.cue.last + 1, last + (possessive ? 2 : 1)];
    });
}
