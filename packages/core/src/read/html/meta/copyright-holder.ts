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
  for (const el of elements) {
    if (el.tag === 'script' || el.tag === 'style' || !el.children.some(opensNotice)) continue;
    if (!inFooter(el)) continue;
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

function inFooter(el: ElementNode): boolean {
  let up = 0;
  for (let p: ElementNode | null = el; p && up < FOOTER_LEVELS; p = p.parent, up++)
    if (p.tag === 'footer' || FOOTER_CLASS.test(classAndId(p))) return true;
  return false;
}
