import type { Article } from '@copydesk/core';

/** Renders an Article as readable plain text: headline, dek, a byline line, captions, paragraphs. */
export function toText(a: Article): string {
  const lines: string[] = [];
  if (a.headline) lines.push(a.headline, '');
  if (a.dek) lines.push(a.dek, '');
  const by = a.authors.map((x) => x.name).join(', ');
  const meta = [by && `By ${by}`, a.agencies.join(', '), a.publishedAt, a.dateline?.place].filter(Boolean);
  if (meta.length) lines.push(meta.join(' | '), '');
  for (const image of a.images) {
    lines.push(
      `[Image] ${[image.caption, image.credit && `(${image.credit})`].filter(Boolean).join(' ')}`,
      '',
    );
  }
  for (const p of a.paragraphs) lines.push(p.text, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
