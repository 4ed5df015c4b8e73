import type { Span } from '../schema/article';

/** The one span constructor: `{ start, end }` into `text` with the text it covers, so `text.slice(start, end) === span.text`. */
export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
