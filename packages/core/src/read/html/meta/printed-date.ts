import { DATE_CLASS } from '../constants';
import { classAndId, type DomNode, type ElementNode, foldSpace, textContent } from '../dom';
import {
  asciiDigits,
  datesIn,
  expandLoneShortDate,
  parseDate,
  parsePrintedDate,
  parseShortDate,
} from '../parse-date';
import { BY_NAME, MEMBER_SINCE, NAME_END, PUBLISHED_LABEL, WORD_BEFORE } from './constants';
import { inOtherContext } from './date-context';

export interface HeadlineText {
  /** Up to 300 characters printed before the headline. */
  before: string;
  /** The headline and up to 800 characters after it. */
  after: string;
  near: string;
  /** The page's first 20,000 characters. */
  start: string;
}

/** The page's visible text around its headline, and from the start, for printed dates. */
export function textAroundHeadline(
  body: ElementNode,
  h1: ElementNode | null,
  nearOnly = false,
): HeadlineText {
  let before = '';
  let after = '';
  let start = '';
  let seen = false;
  const stack: DomNode[] = [body];
  const startLimit = nearOnly ? 0 : 20_000;
  const more = () =>
    nearOnly ? !seen || after.length < 800 : start.length < startLimit || (seen && after.length < 800);
  while (stack.length > 0 && more()) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      // A lone short date beside the headline ("31.10.23") is read as a day.
      const t = expandLoneShortDate(n.data.trim());
      if (!t) continue;
      if (start.length < startLimit) start += ` ${t}`;
      if (seen) {
        if (after.length < 800) after += ` ${t}`;
      } else before = `${before} ${t}`.slice(-300);
      continue;
    }
    if (n.tag === 'script' || n.tag === 'style' || n.tag === 'noscript' || n.tag === 'nav') continue;
    if (n === h1) seen = true;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return h1
    ? { before, after, near: `${after} ${before}`, start }
    : { before: '', after: '', near: '', start };
}

/** The printed date nearest the headline, before or after it, preferring one just under it. */
export function nearestDate({ before, after }: HeadlineText, now: number): string | null {
  const next = datesIn(after, now)[0];
  const previous = datesIn(before, now).at(-1);
  if (!next || !previous) return next?.value ?? previous?.value ?? null;
  // Just under the headline is where a dateline sits; further down, a date before the headline is nearer.
  return next.at <= 150 || next.at <= before.length - previous.at ? next.value : previous.value;
}

/**
 * A date printed in an element whose class says it holds one ("post-date", "newsdatum", "created"), among
 * `elements` (the body's, in document order).
 */
export function findClassedDate(elements: readonly ElementNode[], now: number): string | null {
  let checked = 0;
  for (const el of elements) {
    const words = classAndId(el);
    if (!words || !DATE_CLASS.test(words) || /update|modif|comment|related/.test(words)) continue;
    if (++checked > 80) break;
    if (inOtherContext(el)) continue;
    const text = foldSpace(textContent(el));
    if (text.length > 200) continue;
    const d = parsePrintedDate(text, now) ?? parseShortDate(text, now) ?? printedStamp(text, now);
    if (d) return d;
  }
  return null;
}

/** A machine timestamp printed as the element's whole text ("2022-11-23T08:10+02:00"), as a page may show it. */
const PRINTED_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function printedStamp(text: string, now: number): string | null {
  return PRINTED_STAMP.test(text) ? parseDate(text, now) : null;
}

/**
 * The next {@link PUBLISHED_LABEL} match from its `lastIndex` that does not go on from a letter or digit: what the
 * pattern would find with a `(?<![\p{L}\p{N}])` lookbehind at its start.
 */
export function nextPublishedLabel(text: string): RegExpExecArray | null {
  for (let m = PUBLISHED_LABEL.exec(text); m; m = PUBLISHED_LABEL.exec(text)) {
    // The code point before the match: two code units hold it when it is outside the BMP.
    if (!WORD_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return m;
    PUBLISHED_LABEL.lastIndex = m.index + 1;
  }
  return null;
}

/** A printed date that a label ({@link PUBLISHED_LABEL}) names as the publication date (006-printed-date-german). */
export function labelledDate(text: string, now: number): string | null {
  PUBLISHED_LABEL.lastIndex = 0;
  for (let m = nextPublishedLabel(text), n = 0; m && n < 20; m = nextPublishedLabel(text), n++) {
    let after = text.slice(PUBLISHED_LABEL.lastIndex, PUBLISHED_LABEL.lastIndex + 100);
    // "Submitted by jane on 24 July 2017", "Gespeichert von rasos am 24. Juli 2017": past the name.
    if (BY_NAME.test(after)) {
      const on = NAME_END.exec(after.slice(0, 60));
      if (!on) continue;
      after = after.slice(on.index + on[0].length);
    }
    // Eastern Arabic digits read as digits ("نشر في ١٢ آذار ٢٠٢٤").
    after = asciiDigits(after.slice(0, 40));
    const d = /^\d|^\p{L}+\.?,?\s+\d/u.test(after) ? parsePrintedDate(after, now) : null;
    if (d) return d;
  }
  return null;
}

/** The earliest date printed on the page that no label gives another meaning. */
export function firstPageDate(text: string, now: number): string | null {
  for (const { at, value } of datesIn(text, now)) {
    if (!MEMBER_SINCE.test(text.slice(Math.max(0, at - 20), at).trimEnd())) return value;
  }
  return null;
}
