import { ORGANISATION_NAME } from '../constants';
import { classAndId, type DomNode, type ElementNode, spacedText } from '../dom';

/** "©", "(c)" or "Copyright" opening a notice, then its years and signs in any order ("Copyright 2025 ©"). */
const NOTICE = /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|\d{4}(?:\s*[-–]\s*(?:\d{4})?)?|,))*\s*/iu;

/**
 * Where the holder's name ends: a full stop that closes no initial ("Gregory Szorc. All rights reserved", not
 * "Jane Q. Doe"), a comma, or a bar or dash between words.
 */
const HOLDER_END = /(?<!(?:^|\s)\p{Lu})\.(?:\s|$)|,|\s[|•·–—-]\s/u;

/** Class or id words of a page's footer ("site-footer", "footer-bottom"); "copyright" alone classes photo credits too. */
const FOOTER_CLASS = /footer/;

/** How many elements up from a notice a footer holding it is looked for. */
const FOOTER_LEVELS = 6;

/** The longest footer line read for a notice: longer is a paragraph of terms, not a copyright line. */
const NOTICE_MAX_CHARS = 160;

/** How many notices are read: a footer has one or two ("Copyright Infringement" links among them). */
const MAX_HOLDERS = 3;

/**
 * The holders footers' copyright notices name ("© 2025 Cassidy Williams.", "Copyright (c) 2012- Gregory Szorc. All
 * rights reserved."), as printed, in page order. Only a footer's: a "©" in the story is a photo credit. Whether a
 * holder is a person is for the caller to judge.
 */
export function findCopyrightHolders(elements: readonly ElementNode[]): string[] {
  const holders: string[] = [];
  // Only a footer's elements are read, found in one pass: testing every text node of the page for a notice first
  // was most of this function's time.
  const inFooters = footerElements(elements);
  if (inFooters.size === 0) return holders;
  for (const el of elements) {
    if (!inFooters.has(el)) continue;
    if (el.tag === 'script' || el.tag === 'style' || !el.children.some(opensNotice)) continue;
    const line = spacedText(el);
    if (line.length > NOTICE_MAX_CHARS) continue;
    const m = NOTICE.exec(line);
    // "© Meta Platforms, Inc", "… trademarks of Ace Hardware Corporation": a firm's notice, whatever its name's shape.
    if (!m || ORGANISATION_NAME.test(line.slice(m.index))) continue;
    const holder = line
      .slice(m.index + m[0].length)
      .split(HOLDER_END)[0]!
      .trim();
    if (holder && !holders.includes(holder)) holders.push(holder);
    if (holders.length >= MAX_HOLDERS) break;
  }
  return holders;
}

/** A text node that holds a copyright sign or word. */
function opensNotice(node: DomNode): boolean {
  return node.type === 'text' && NOTICE.test(node.data);
}

const isFooter = (el: ElementNode) => el.tag === 'footer' || FOOTER_CLASS.test(classAndId(el));

/**
 * The elements with a footer among themselves and their nearest ancestors (FOOTER_LEVELS in all), out of `elements`
 * in document order: one pass, each element's distance to a footer read off its parent's.
 */
function footerElements(elements: readonly ElementNode[]): Set<ElementNode> {
  const distance = new Map<ElementNode, number>();
  const found = new Set<ElementNode>();
  for (const el of elements) {
    const fromParent = el.parent ? (distance.get(el.parent) ?? distanceUp(el.parent)) + 1 : FOOTER_LEVELS;
    const d = isFooter(el) ? 0 : Math.min(fromParent, FOOTER_LEVELS);
    distance.set(el, d);
    if (d < FOOTER_LEVELS) found.add(el);
  }
  return found;
}

/** How far above `el` (0: itself) the nearest footer is, FOOTER_LEVELS when none is that near: for `<body>`. */
function distanceUp(el: ElementNode): number {
  let up = 0;
  for (let p: ElementNode | null = el; p && up < FOOTER_LEVELS; p = p.parent, up++)
    if (isFooter(p)) return up;
  return FOOTER_LEVELS;
}
