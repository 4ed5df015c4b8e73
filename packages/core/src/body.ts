import type { Author, Block, Dateline, Image, Media, Warning } from './schema/article';

/** A block of the canonical text, located by offsets. */
export interface BodyBlock {
  kind: Block['kind'];
  start: number;
  end: number;
}

/** An image as a reader found it; `captionBlock` indexes `Body.blocks` when the caption is in the text. */
export interface BodyImage extends Omit<Image, 'captionSpan'> {
  captionBlock: number | null;
}

/** Page metadata a reader found; every field is optional evidence, merged by the pipeline. */
export interface PageMeta {
  headline: string | null;
  dek: string | null;
  authors: Author[];
  agencies: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** The summary the page declares for itself (meta description, og:description, JSON-LD description). */
  description: string | null;
  /** The section the page files itself under ("Politics", "Sport"). */
  section: string | null;
  /** The page's declared keywords and tags, in page order, without repeats. */
  tags: string[];
}

/**
 * What every reader produces: one canonical text with its blocks, images and page metadata.
 * Extractors read this (through `annotate`) and never the raw input.
 */
export interface Body {
  kind: 'html' | 'text';
  url: string | null;
  text: string;
  blocks: BodyBlock[];
  images: BodyImage[];
  /** Videos, audio, posts and other embeds the story holds, in reading order (HTML input; none in plain text). */
  media: Media[];
  meta: PageMeta;
  /** The dateline opening the first body block, found once by the reader; null when there is none. */
  dateline: Dateline | null;
  /** Sanitised body HTML (HTML input only). */
  html: string | null;
  /** How article-like the input looks, 0..1, and why. */
  isArticle: { score: number; reasons: string[] };
  warnings: Warning[];
  /** Words in the body blocks ({@link BODY_BLOCK_KINDS}) as `countWords` counts them, when the reader counted them. */
  wordCount?: number;
  /** `sourceMap[i]` is the raw-input offset of canonical character `i`; text input read with `{ sourceMap: true }` only. */
  sourceMap?: Int32Array;
}

export function emptyMeta(): PageMeta {
  return {
    headline: null,
    dek: null,
    authors: [],
    agencies: [],
    publishedAt: null,
    modifiedAt: null,
    language: null,
    siteName: null,
    canonicalUrl: null,
    description: null,
    section: null,
    tags: [],
  };
}

/** Body blocks are the article's own text: not the headline, dek or captions. */
export const BODY_BLOCK_KINDS: ReadonlySet<Block['kind']> = new Set([
  'paragraph',
  'heading',
  'list-item',
  'blockquote',
  'preformatted',
  'table',
]);

/**
 * How a table block stands in the canonical text: one row a line, its cells separated by a tab (cells are
 * normalised text, which holds neither). `tableCells` reads the cells back.
 */
export function printTable(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.join('\t')).join('\n');
}

/** The cells of a table block printed by {@link printTable} at `start` of the text: each cell's offsets, by row. */
export function tableCells(text: string, start: number): { start: number; end: number }[][] {
  const rows: { start: number; end: number }[][] = [];
  let at = start;
  for (const row of text.split('\n')) {
    const cells: { start: number; end: number }[] = [];
    for (const cell of row.split('\t')) {
      cells.push({ start: at, end: at + cell.length });
      at += cell.length + 1;
    }
    rows.push(cells);
  }
  return rows;
}
