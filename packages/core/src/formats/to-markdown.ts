import type { Article } from '../schema/article';
import { joinAuthors } from './body-text';
import { joinLines, scriptLayout, shownLanguage } from './script-layout';

// Characters that would start a Markdown construct at the beginning of a line.
const LINE_START_SPECIAL = new Set(['#', '>', '-', '+', '*', '=', '|', '`', '~']);

/** Escapes what Markdown would otherwise read as markup in a run of plain text. */
function escapeInline(text: string): string {
  let out = '';
  for (const ch of text)
    out +=
      ch === '\\' || ch === '*' || ch === '_' || ch === '[' || ch === ']' || ch === '`' || ch === '<'
        ? `\\${ch}`
        : ch;
  return out;
}

/** Escapes inline markup and whatever would turn a paragraph into a heading, quote or list. */
function escapeBlock(text: string): string {
  // Markdown paragraphs are one line; split/trim keeps this linear.
  const inline = escapeInline(joinLines(text.split('\n').map((line) => line.trim())));
  const first = inline[0] ?? '';
  if (LINE_START_SPECIAL.has(first)) return `\\${inline}`;
  // "1. " or "1) " would start an ordered list.
  const digits = /^(\d{1,9})([.)])/.exec(inline);
  if (digits) return `${digits[1]}\\${inline.slice(digits[1]!.length)}`;
  return inline;
}

/** A table block as a GitHub-flavoured Markdown table, its first row the header (Markdown tables need one). */
function tableOf(article: Article, rows: NonNullable<Article['blocks'][number]['rows']>): string {
  const width = Math.max(...rows.map((cells) => cells.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeInline(cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const texts = rows.map((cells) => cells.map((c) => article.text.slice(c.start, c.end)));
  return [line(texts[0]!), `|${' --- |'.repeat(width)}`, ...texts.slice(1).map(line)].join('\n');
}

/**
 * Renders an Article as Markdown: headline as a level-1 heading, dek in italics, a byline line,
 * images with caption and credit, then the body paragraphs. Plain text in the Article is escaped. A
 * right-to-left or CJK article is wrapped in `<div dir="rtl" lang="ar">`: Markdown has no syntax for direction
 * or language, and CommonMark viewers (GitHub, GitLab, VS Code, markdown-it) keep the `dir` and `lang` of a raw
 * HTML block while still reading the Markdown inside it, when blank lines set it apart.
 */
export function toMarkdown(article: Article): string {
  const parts: string[] = [];
  if (article.headline) parts.push(`# ${escapeBlock(article.headline)}`);
  if (article.dek) parts.push(`*${escapeInline(article.dek)}*`);
  const byline = joinAuthors(article);
  const meta = [
    byline && `By ${byline}`,
    article.agencies.join(', '),
    article.publishedAt,
    article.dateline?.place ?? null,
    shownLanguage(article),
  ].filter((x): x is string => Boolean(x));
  if (meta.length) parts.push(escapeBlock(meta.join(' | ')));
  for (const image of article.images) {
    const caption = [image.caption, image.credit && `(${image.credit})`].filter(Boolean).join(' ');
    if (image.url) {
      const alt = escapeInline(image.alt ?? image.caption ?? '');
      parts.push(
        caption ? `![${alt}](<${image.url}>)\n${escapeBlock(caption)}` : `![${alt}](<${image.url}>)`,
      );
    } else if (caption) {
      parts.push(`> ${escapeInline(caption)}`);
    }
  }
  const byStart = new Map(article.blocks.map((b) => [b.span.start, b]));
  for (const p of article.paragraphs) {
    const block = byStart.get(p.start);
    const kind = block?.kind;
    if (kind === 'table' && block?.rows?.length) parts.push(tableOf(article, block.rows));
    else if (kind === 'heading') parts.push(`## ${escapeBlock(p.text)}`);
    else if (kind === 'list-item') parts.push(`- ${escapeBlock(p.text)}`);
    else if (kind === 'blockquote') parts.push(`> ${escapeBlock(p.text)}`);
    else parts.push(escapeBlock(p.text));
  }
  const layout = scriptLayout(article);
  if (layout) {
    parts.unshift(`<div dir="${layout.dir}"${layout.lang ? ` lang="${layout.lang}"` : ''}>`);
    parts.push('</div>');
  }
  return `${parts.join('\n\n')}\n`;
}
