import { type BodyBlock, printTable } from '../../body';
import type { Media } from '../../schema/article';
import { normalizeInline } from '../normalize';
import { BLOCK_TAGS, CAPTION_CLASS, HEADING_TAGS } from './constants';
import { classAndId, type DomNode, type ElementNode, findElement, foldSpace, walkElements } from './dom';
import { type RawImage, readCaption, readFigure } from './images';
import { MEDIA_TAGS, mediaOf, postOf } from './media';

/** A block of text as found in the page, before filtering and normalisation. */
export interface RawBlock {
  kind: BodyBlock['kind'];
  text: string;
  linkChars: number;
  /** The block's element (the nearest block-level ancestor of its text). */
  el: ElementNode;
  /** Index into the image list when this block is an image caption. */
  image?: number;
}

export interface Collected {
  blocks: RawBlock[];
  images: RawImage[];
  /** Players, posts and other embeds in the content, in document order. */
  media: Media[];
}

type Kind = BodyBlock['kind'];

function kindOf(tag: string, inherited: Kind): Kind {
  // Whatever a list item wraps (a heading, a paragraph) is still the list item.
  if (inherited === 'list-item' && tag !== 'blockquote' && tag !== 'pre') return inherited;
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'li' || tag === 'dt' || tag === 'dd')
    return inherited === 'blockquote' ? inherited : 'list-item';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'pre') return 'preformatted';
  // A block inside an unclosed heading is the text after it, not more heading (011-malformed).
  if (inherited === 'heading') return 'paragraph';
  return inherited;
}

/**
 * Walks the content elements in document order and cuts their text into blocks: a block ends at every
 * block-level element and at a double `<br>`. Figures become images with their captions (003-listicle-cards,
 * 008-block-kinds).
 */
export function collectBlocks(roots: ElementNode[], baseUrl: string | null, maxDepth: number): Collected {
  const blocks: RawBlock[] = [];
  const images: RawImage[] = [];
  const media: Media[] = [];
  let buffer = '';
  let linkChars = 0;
  let owner: ElementNode | null = null;
  let ownerKind: Kind = 'paragraph';
  let pendingBreak = false;

  // The players and embeds inside a figure read whole (its children are not walked).
  const addMediaIn = (figure: ElementNode) => {
    for (const el of walkElements(figure)) {
      const found = MEDIA_TAGS.has(el.tag) ? mediaOf(el, baseUrl) : null;
      if (found) media.push(found);
    }
  };

  // The image last read, while no text has followed it: a caption-classed element next is its caption.
  let uncaptioned: number | null = null;
  const flush = () => {
    if (owner && buffer.trim()) {
      blocks.push({ kind: ownerKind, text: buffer, linkChars, el: owner });
      uncaptioned = null;
    }
    buffer = '';
    linkChars = 0;
    pendingBreak = false;
  };

  // An explicit stack, not recursion: nesting is bounded only by `maxDepth`, which a caller may raise past what
  // the call stack holds. An `exit` frame closes a block element once its children are done.
  type Frame =
    | { exit: true }
    | {
        exit?: false;
        node: DomNode;
        kind: Kind;
        inLink: boolean;
        /** Inside a link to an image file: a lightbox's "enlarge" link around the picture it shows. */
        inImageLink: boolean;
        depth: number;
        blockEl: ElementNode;
      };
  const visit = (start: Frame): void => {
    const stack: Frame[] = [start];
    for (let frame = stack.pop(); frame; frame = stack.pop()) {
      if (frame.exit) {
        flush();
        continue;
      }
      const { node, kind, inLink, inImageLink, depth, blockEl } = frame;
      if (node.type === 'text') {
        if (owner !== blockEl || ownerKind !== kind) {
          if (buffer.trim()) flush();
          owner = blockEl;
          ownerKind = kind;
        }
        if (node.data.trim()) pendingBreak = false;
        buffer += node.data;
        if (inLink) linkChars += node.data.trim().length;
        continue;
      }
      if (depth > maxDepth) continue;
      const { tag } = node;
      if (tag === 'br') {
        if (pendingBreak) flush();
        else {
          buffer += '\n';
          pendingBreak = true;
        }
        continue;
      }
      // A figure with no picture is a pull quote or code sample, read like any block (016-pull-quote-figure).
      // A linked picture is a teaser's, unless the link only opens the picture itself (a lightbox).
      if (
        (tag === 'figure' && hasPicture(node)) ||
        (tag === 'img' && (!inLink || inImageLink)) ||
        tag === 'picture'
      ) {
        flush();
        if (tag === 'figure') addMediaIn(node);
        const figure = readFigure(node, baseUrl);
        if (figure) {
          images.push(figure.image);
          uncaptioned = figure.caption ? null : images.length - 1;
          if (figure.caption)
            blocks.push({
              kind: 'caption',
              text: figure.caption,
              linkChars: 0,
              el: node,
              image: images.length - 1,
            });
        }
        continue;
      }
      // A caption printed in a classed element under a bare <img> ("<div class="photo-caption">"), not a
      // <figcaption>: the image's caption and credit, not a paragraph of the story.
      if (uncaptioned !== null && BLOCK_TAGS.has(tag) && CAPTION_CLASS.test(classAndId(node))) {
        flush();
        // flush() clears `uncaptioned` when text was still buffered: that text came between, so this captions none.
        const index: number | null = uncaptioned;
        if (index !== null) {
          const image = images[index]!;
          const { caption, credit } = readCaption(node);
          image.caption = caption;
          image.credit = credit;
          if (caption) blocks.push({ kind: 'caption', text: caption, linkChars: 0, el: node, image: index });
          uncaptioned = null;
          continue;
        }
      }
      if (tag === 'hr') {
        flush();
        continue;
      }
      if (MEDIA_TAGS.has(tag)) {
        const found = mediaOf(node, baseUrl);
        if (found) media.push(found);
        continue;
      }
      if (tag === 'blockquote') {
        const post = postOf(node, baseUrl);
        if (post) media.push(post);
      }
      // A figure holding nothing to read but its caption captions what the page plays there (a video a script
      // loads, an embed): the caption is no paragraph of the story.
      if (tag === 'figure' && !hasPicture(node)) {
        const caption = findElement(node, (n) => n.tag === 'figcaption');
        if (caption && foldSpace(textOf(node)) === foldSpace(textOf(caption))) {
          flush();
          addMediaIn(node);
          // Its credit goes, as an image's does ("… on Thursday Credit: STR/AFP").
          const text = readCaption(caption).caption;
          if (text) blocks.push({ kind: 'caption', text, linkChars: 0, el: caption });
          continue;
        }
      }
      if (tag === 'table' && isDataTable(node)) {
        flush();
        const rows = rowsOf(node)
          .map((row) => row.map((cell) => normalizeInline(textOf(cell)).text))
          .filter((cells) => cells.some(Boolean));
        // A table of one row or one column is a box around text, read as paragraphs as before.
        if (rows.length >= 2 && rows.some((cells) => cells.length >= 2)) {
          blocks.push({
            kind: 'table',
            text: printTable(rows),
            linkChars: linkTextOf(node),
            el: node,
          });
        } else {
          for (const cells of rows) {
            const text = cells.filter(Boolean).join(' ');
            if (text) blocks.push({ kind: 'paragraph', text, linkChars: 0, el: node });
          }
        }
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      const nextKind = block ? kindOf(tag, kind) : kind;
      if (block) {
        flush();
        stack.push({ exit: true });
      }
      const nextBlock = block ? node : blockEl;
      const link = inLink || tag === 'a';
      const imageLink = tag === 'a' ? IMAGE_FILE.test(node.attrs.href ?? '') : inImageLink;
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({
          node: node.children[i] as DomNode,
          kind: nextKind,
          inLink: link,
          inImageLink: imageLink,
          depth: depth + 1,
          blockEl: nextBlock,
        });
    }
  };

  for (const root of roots) {
    flush();
    visit({
      node: root,
      kind: root.tag === 'blockquote' ? 'blockquote' : kindOf(root.tag, 'paragraph'),
      inLink: false,
      inImageLink: false,
      depth: 0,
      blockEl: root,
    });
    flush();
  }
  return { blocks, images, media };
}

/** The length of the text inside links under an element. */
function linkTextOf(el: ElementNode): number {
  let chars = 0;
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    if (n.tag === 'a') chars += foldSpace(textOf(n)).length;
    else for (const c of n.children) stack.push(c);
  }
  return chars;
}

function textOf(el: ElementNode): string {
  let out = '';
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else {
      if (n.tag === 'br' || n.tag === 'td' || n.tag === 'th') out += ' ';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}

// A table of data: cells hold no blocks of their own (layout tables do, as on shop pages).
function isDataTable(table: ElementNode): boolean {
  return findElement(table, (n) => LAYOUT_IN_CELL.has(n.tag)) === null && !/layout/.test(classAndId(table));
}

/** A link's address that is an image file ("…/original/41199837/lead.jpg", "photo.webp?w=1200"). */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
const LAYOUT_IN_CELL = new Set(['table', 'p', 'div', 'ul', 'h2', 'figure']);
const PICTURE_TAGS = new Set(['img', 'picture', 'source', 'video']);

function rowsOf(table: ElementNode): ElementNode[][] {
  const rows: ElementNode[][] = [];
  const stack: DomNode[] = [...table.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    if (n.tag === 'tr') {
      rows.push(
        n.children.filter(
          (c): c is ElementNode => c.type === 'element' && (c.tag === 'td' || c.tag === 'th'),
        ),
      );
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return rows;
}

function hasPicture(el: ElementNode): boolean {
  return findElement(el, (n) => PICTURE_TAGS.has(n.tag)) !== null;
}
