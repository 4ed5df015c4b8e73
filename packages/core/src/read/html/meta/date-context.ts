import { ARTICLE_CONTAINER, NOT_DATE_CONTEXT } from '../constants';
import { classAndId, type ElementNode } from '../dom';

/** Whether a date element sits in a part of the page whose dates are not the article's. */
export function inOtherContext(el: ElementNode): boolean {
  for (let p = el.parent, n = 0; p && n < 12; p = p.parent, n++) {
    // An embedded post (Instagram, X) quoted in the story carries its own dates.
    if (p.tag === 'blockquote' || p.tag === 'nav') return true;
    const words = classAndId(p);
    // An <aside> is a sidebar, unless it is the article's own meta box ("aside.meta", "aside.article-info").
    const ownMeta = p.tag === 'aside' && /meta|info|byline|date|posted/.test(words);
    if (p.tag === 'footer' || (p.tag === 'aside' && !ownMeta) || (words && NOT_DATE_CONTEXT.test(words)))
      return true;
    // Past the article's own container, wrapper classes describe the layout ("mainwrap sidebar" on a games site).
    if (p.tag === 'article' || p.tag === 'main' || (words && ARTICLE_CONTAINER.test(words))) return false;
  }
  return false;
}

/** Whether `el` sits in the headline's own block: within four levels under the `<h1>`'s parent or grandparent. */
export function besideHeadline(el: ElementNode, h1: ElementNode | null): boolean {
  const block = h1?.parent;
  if (!block) return false;
  for (let p = el.parent, n = 0; p && n < 4; p = p.parent, n++)
    if (p === block || p === block.parent) return true;
  return false;
}
