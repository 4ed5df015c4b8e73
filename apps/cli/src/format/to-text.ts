import type { Article } from '@copydesk/core';

// Unicode's right-to-left isolate and its closing mark (UAX #9): a line of an Arabic or Hebrew article laid out
// right to left by any bidi-aware terminal or editor, even when it starts with a Latin name or a number, and
// without reordering its characters: the text stays in logical order.
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * Renders an Article as readable plain text: headline, dek, a byline line (with the language when it is not
 * English), captions, paragraphs. Lines are never wrapped, so no Chinese or Japanese word is broken; each line of
 * a right-to-left article is a right-to-left isolate.
 */
export function toText(a: Article): string {
  const lines: string[] = [];
  if (a.headline) lines.push(a.headline, '');
  if (a.dek) lines.push(a.dek, '');
  const by = a.authors.map((x) => x.name).join(', ');
  const language = a.language && a.language.toLowerCase().split('-')[0] !== 'en' ? a.language : null;
  const meta = [by && `By ${by}`, a.agencies.join(', '), a.publishedAt, a.dateline?.place, language].filter(
    Boolean,
  );
  if (meta.length) lines.push(meta.join(' | '), '');
  for (const image of a.images) {
    lines.push(
      `[Image] ${[image.caption, image.credit && `(${image.credit})`].filter(Boolean).join(' ')}`,
      '',
    );
  }
  for (const p of a.paragraphs) lines.push(p.text, '');
  const out = a.direction === 'rtl' ? lines.map((line) => (line ? `${RLI}${line}${PDI}` : line)) : lines;
  return `${out.join('\n').trimEnd()}\n`;
}
