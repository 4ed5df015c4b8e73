import { extractDateline } from '../../front-matter/dateline/extract-dateline';
import { classAndId, contains, type ElementNode, findElement, foldSpace, textContent } from './dom';

/** An element the page marks as the story's dateline: "dateline", "ArticlePage-dateline" (class or id). */
const DATELINE_CLASS = /(?:^|[\s_-])dateline(?:$|[\s_-])/;
/** A dateline element holds a place, an agency and a date at most: longer text is a date-and-author strip. */
const MAX_DATELINE_CHARS = 60;
/** How far up from the body a dateline printed before it is looked for, and how many siblings back. */
const LEVELS = 3;
const SIBLINGS_BACK = 2;

// The marked text is a dateline with its separator, as it would open the story: "WASHINGTON —", "KOBE –". A
// strip classed "dateline" that holds the date ("DECEMBER 27, 2024"), a time and an author, or a bar is not one.
function datelineText(el: ElementNode): string | null {
  if (!DATELINE_CLASS.test(classAndId(el))) return null;
  const text = foldSpace(textContent(el));
  if (!text || text.length > MAX_DATELINE_CHARS) return null;
  const match = extractDateline(`${text} x`);
  return match && match.bodyStart >= text.length ? text : null;
}

// The element classed as a dateline just before the story's container: a previous sibling of it or of one of its
// nearest ancestors.
function datelineBefore(first: ElementNode): ElementNode | null {
  for (let node: ElementNode = first, n = 0; node.parent && n < LEVELS; node = node.parent, n++) {
    const siblings = node.parent.children;
    let back = 0;
    for (let i = siblings.indexOf(node) - 1; i >= 0 && back < SIBLINGS_BACK; i--) {
      const sibling = siblings[i]!;
      if (sibling.type !== 'element') continue;
      back++;
      if (datelineText(sibling)) return sibling;
    }
  }
  return null;
}

/**
 * A dateline printed in an element of its own before the story's first paragraph (a CMS's "ArticlePage-dateline"
 * span beside the rich-text body, inside the story's container or just before it) is moved to the start of that
 * paragraph, where a reader sees it and where the dateline is read from. Returns the moved element, or null.
 */
export function moveLeadDateline(content: readonly ElementNode[]): ElementNode | null {
  const first = content[0];
  if (!first) return null;
  let found: ElementNode | null = null;
  let paragraph: ElementNode | null = null;
  // Document order up to the first paragraph, which ends the walk.
  const reaches = (el: ElementNode) => {
    if (el.tag === 'p') return true;
    found ??= datelineText(el) ? el : null;
    return false;
  };
  for (const root of content) {
    paragraph = reaches(root) ? root : findElement(root, reaches);
    if (paragraph) break;
  }
  found ??= datelineBefore(first);
  if (!found || !paragraph) return null;
  const parent = found.parent!;
  parent.children.splice(parent.children.indexOf(found), 1);
  found.parent = paragraph;
  paragraph.children.unshift(found);
  // "WASHINGTON —" printed without the space before the story's first word still reads as two words.
  if (!/\s$/.test(textContent(found)))
    paragraph.children.splice(1, 0, { type: 'text', data: ' ', parent: paragraph });
  return found;
}

/**
 * The datelines the page marks inside the story ("<span class="dateline">MIAMI – </span>" opening a paragraph),
 * as printed: the dateline may open a paragraph after a first one that is a video's blurb. `elements` is the page
 * scan's list of the body's elements, so the tree is not walked again; only those inside `content` count.
 */
export function markedDatelines(elements: readonly ElementNode[], content: readonly ElementNode[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const text = datelineText(el);
    if (text && content.some((root) => contains(root, el))) out.push(text);
  }
  return out;
}
