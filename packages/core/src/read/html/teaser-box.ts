import { contains, type ElementNode } from './dom';

// After a tail heading ("Read this next", "Lo más leído"): which elements are its box of teasers, and which are
// still the story's. The reader skips the box and, past it, keeps only what is in the story's own element.

/**
 * The largest element holding a tail heading's element and none of the story's blocks so far (`storyElements`):
 * the box of teasers the heading heads, or the heading itself when it stands among the story's blocks.
 */
export function teaserBox(heading: ElementNode, storyElements: readonly ElementNode[]): ElementNode {
  let box = heading;
  for (let up = heading.parent; up; up = up.parent) {
    const holds = up;
    if (storyElements.some((el) => contains(holds, el))) break;
    box = up;
  }
  return box;
}

/**
 * The nearest element that holds every one of `paragraphs` (the story's prose so far; front matter above the story,
 * "On Behalf of … | Apr 21, 2017", may sit in an element of its own, so the caller passes prose only), or null.
 */
export function storyAncestor(paragraphs: readonly ElementNode[]): ElementNode | null {
  let at: ElementNode | null = paragraphs[0]?.parent ?? null;
  for (const el of paragraphs) while (at && !contains(at, el)) at = at.parent;
  return at;
}

/**
 * Whether an element is in the story's element, or in a sibling of it that is its twin (the same tag and class; an
 * id is one element's own): a CMS splits one story into several rich-text elements around its embeds and boxes.
 */
export function inStory(story: ElementNode, el: ElementNode): boolean {
  const cls = story.attrs.class;
  for (let at: ElementNode | null = el; at; at = at.parent) {
    if (at === story) return true;
    if (cls && at.parent === story.parent && at.tag === story.tag && at.attrs.class === cls) return true;
  }
  return false;
}
