import { BODY_BLOCK_KINDS, type BodyBlock } from '../body';
import { type DatelineMatch, extractDateline } from '../front-matter/dateline/extract-dateline';
import { mainCountry } from '../front-matter/main-country';
import type { Dateline } from '../schema/article';
import { makeSpan as span } from '../util/span';

/** The year that completes a dateline printed without one: the given reference day's, else the page's own date's. */
export function datelineYear(referenceDay: string | null, pageDate: string | null): number | null {
  const day = referenceDay ?? (pageDate && /^\d{4}-\d{2}-\d{2}/.test(pageDate) ? pageDate : null);
  return day ? Number(day.slice(0, 4)) : null;
}

/** The first body block of a canonical text, where a dateline is printed. */
export function firstBodyBlock(blocks: readonly BodyBlock[]): BodyBlock | null {
  return blocks.find((b) => BODY_BLOCK_KINDS.has(b.kind)) ?? null;
}

/** A dateline match at the start of `block`, as the Article states it (its country from the text when unsaid). */
export function toDateline(text: string, block: BodyBlock, match: DatelineMatch | null): Dateline | null {
  if (!match) return null;
  return {
    text: match.text,
    place: match.place,
    country: match.country ?? mainCountry(text),
    date: match.date,
    agency: match.agency,
    span: span(text, block.start, block.start + match.length),
  };
}

/** The dateline opening the first body block of a canonical text; null when it has none. */
export function findDateline(
  text: string,
  blocks: readonly BodyBlock[],
  year: number | null,
): Dateline | null {
  const first = firstBodyBlock(blocks);
  if (!first) return null;
  return toDateline(text, first, extractDateline(text.slice(first.start, first.end), year));
}

/** How many body blocks a dateline the page marks may come after (a video's blurb, a line of furniture). */
const MARKED_BLOCKS = 3;

/**
 * The dateline opening a later body block, among the first few, when the page marks it as one (`marked`: the
 * texts of its elements classed "dateline"); null when none opens one.
 */
export function findMarkedDateline(
  text: string,
  blocks: readonly BodyBlock[],
  year: number | null,
  marked: readonly string[],
): Dateline | null {
  if (marked.length === 0) return null;
  const body = blocks.filter((b) => BODY_BLOCK_KINDS.has(b.kind)).slice(1, MARKED_BLOCKS + 1);
  for (const block of body) {
    const opening = text.slice(block.start, block.end);
    if (marked.some((m) => opening.startsWith(m)))
      return toDateline(text, block, extractDateline(opening, year));
  }
  return null;
}
