import { BYLINE_CLASS, NOT_BYLINE_CLASS, OTHER_POST_CLASS } from '../constants';
import { classAndId, type DomNode, type ElementNode, foldSpace, walkElements } from '../dom';
import { TEXT_BYLINE, TEXT_BYLINE_LABEL } from './constants';

/** Byline texts printed in the page (`rel=author`: guardian-1, `itemprop=author`, byline classes), best first. */
export function findDomBylines(root: ElementNode): string[] {
  const out: string[] = [];
  let checked = 0;
  for (const el of walkElements(root)) {
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'head') continue;
    const words = classAndId(el);
    const marked =
      el.attrs.rel === 'author' ||
      el.attrs.itemprop === 'author' ||
      (words !== '' && BYLINE_CLASS.test(words) && !NOT_BYLINE_CLASS.test(words));
    if (!marked || inOtherPost(el)) continue;
    if (++checked > 40) break;
    const nameEl = findNamed(el) ?? el;
    const text = spacedText(nameEl);
    if (text.length >= 3 && text.length <= 120) out.push(text);
    if (out.length >= 6) break;
  }
  return out;
}

/** Bylines printed as text: "By Jane Doe" (wral-1), or a "Written by" label, then the name (015-labelled-byline). */
export function findTextBylines(body: ElementNode): string[] {
  const out: string[] = [];
  const stack: DomNode[] = [body];
  let label = false;
  let seen = 0;
  while (stack.length > 0 && seen < 4000 && out.length < 3) {
    const n = stack.pop()!;
    if (n.type === 'element') {
      if (n.tag === 'script' || n.tag === 'style' || n.tag === 'nav' || n.tag === 'footer') continue;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      continue;
    }
    const t = n.data.trim();
    if (!t) continue;
    seen++;
    if (label) {
      if (t.length <= 60) out.push(t);
      label = false;
    } else if (TEXT_BYLINE_LABEL.test(t)) label = true;
    else if (t.length <= 60 && TEXT_BYLINE.test(t)) out.push(t);
  }
  return out;
}

/** True inside a comment, a reply or a related teaser: a byline there names someone else's post (yahoo-2). */
function inOtherPost(el: ElementNode): boolean {
  for (let p = el.parent; p; p = p.parent) {
    const words = classAndId(p);
    if (words !== '' && OTHER_POST_CLASS.test(words)) return true;
  }
  return false;
}

function findNamed(el: ElementNode): ElementNode | null {
  let link: ElementNode | null = null;
  for (const c of walkElements(el)) {
    if (c.attrs.itemprop === 'name') return c;
    const authorLink =
      c.attrs.rel === 'author' || /\/(?:author|authors|profile|people)\//.test(c.attrs.href ?? '');
    if (!link && c.tag === 'a' && authorLink) link = c;
  }
  return link;
}

/** Text of a subtree with a space between its text nodes, so "Jane Doe" and "Updated" do not run together. */
function spacedText(el: ElementNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return foldSpace(parts.join(' '));
}
