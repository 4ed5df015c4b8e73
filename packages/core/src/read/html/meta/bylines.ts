import {
  AUTHOR_BOX_CLASS,
  AUTHOR_NAME_CLASS,
  BYLINE_CLASS,
  NAV_CLASS,
  NOT_BYLINE_CLASS,
  OTHER_POST_CLASS,
  PROFILE_HOST_MAX_CHARS,
} from '../constants';
import {
  classAndId,
  type DomNode,
  type ElementNode,
  foldSpace,
  spacedText,
  type TextNode,
  walkElements,
} from '../dom';
import { datesIn } from '../parse-date';
import { isGivenName } from './authors';
import {
  LOGIN,
  NAME_LINE,
  PROFILE_PATH,
  TEXT_BYLINE,
  TEXT_BYLINE_LABEL,
  TEXT_BYLINE_LOWER,
  TEXT_LABELLED_BYLINE,
} from './constants';

/**
 * Byline texts printed in the page (`rel=author` as British papers print it, `itemprop=author`, byline classes), best first,
 * among `elements` (the body's, in document order: the page scan's `bodyElements`).
 */
export function findDomBylines(elements: readonly ElementNode[]): string[] {
  const out: string[] = [];
  let checked = 0;
  for (const el of elements) {
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'head') continue;
    const words = classAndId(el);
    const profile = el.tag === 'a' ? profileName(el) : null;
    const marked =
      profile !== null ||
      el.attrs.rel === 'author' ||
      el.attrs.itemprop === 'author' ||
      (words !== '' && BYLINE_CLASS.test(words) && !NOT_BYLINE_CLASS.test(words));
    if (!marked || inOtherPost(el)) continue;
    if (++checked > 40) break;
    const text = profile ?? spacedText(findNamed(el) ?? el);
    if (text.length >= 3 && text.length <= 120) out.push(text);
    if (out.length >= 6) break;
  }
  return out;
}

/** How many author links' logins are kept. */
const MAX_LOGINS = 3;

/**
 * Logins that author links show as their whole text ("gizzmo", "ThE_PaiN"): a link marked `rel="author"` or
 * pointing at a writer's page ("/author/murdelta/"), as WordPress themes and forums print the post's writer by the
 * display name, which many writers never change from their login. The byline rules want a capitalised name, so
 * these are read apart; a link in a comment, a teaser or a menu names someone else.
 */
export function findAuthorLogins(elements: readonly ElementNode[], base: string | null): string[] {
  const out: string[] = [];
  const host = hostOf(base);
  for (const el of elements) {
    if (el.tag !== 'a') continue;
    const href = el.attrs.href ?? '';
    const rel = el.attrs.rel?.toLowerCase().split(/\s+/) ?? [];
    if (!rel.includes('author') && !PROFILE_PATH.test(href)) continue;
    // A profile on another site is a social link ("bsky.app/profile/…" beside a "Bluesky" label), not this site's user.
    const linked = hostOf(href);
    if (linked !== null && host !== null && linked !== host) continue;
    const text = spacedText(el);
    if (!LOGIN.test(text) || out.includes(text) || inOtherPost(el) || inNav(el)) continue;
    out.push(text);
    if (out.length >= MAX_LOGINS) break;
  }
  return out;
}

/** An absolute address's host without "www.", or null for a relative one or none. */
function hostOf(url: string | null): string | null {
  if (!url || !/^(?:https?:)?\/\//i.test(url)) return null;
  try {
    return new URL(url, 'https://x.invalid').hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * True inside a menu, a site's list of its writers (yahoo-2): a `<nav>`, or one of the nearest elements classed as
 * one. Only the nearest: a theme's switches on `<body>` ("vw-site-top-bar-menu-social") mark no menu.
 */
function inNav(el: ElementNode): boolean {
  let up = 0;
  for (let p = el.parent; p; p = p.parent, up++)
    if (p.tag === 'nav' || (up < OTHER_POST_LEVELS && NAV_CLASS.test(classAndId(p)))) return true;
  return false;
}

/**
 * Names printed in an author box's own name element ("author-box__name"), which the byline rules pass over
 * with the box's bio and photo: the writer when nothing else names one (a reviewer's box may sit beside the
 * writer's byline, so it never outranks one). Reads `elements`, the body's in document order.
 */
export function findAuthorBoxNames(elements: readonly ElementNode[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'head') continue;
    const words = classAndId(el);
    if (words === '') continue;
    // The class is tested first: walking up every element's ancestors for inOtherPost was a twentieth of the read.
    let text: string | null = null;
    if (AUTHOR_NAME_CLASS.test(words)) text = spacedText(el);
    else if (AUTHOR_BOX_CLASS.test(words)) {
      // A box with no name element of its own opens with the name, in whatever element the theme styles it.
      const first = firstText(el);
      if (first && NAME_LINE.test(first)) text = first;
    }
    if (text && inOtherPost(el)) continue;
    if (text && text.length >= 3 && text.length <= 80 && !out.includes(text)) out.push(text);
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * A portrait of a person by its class, id or address: an avatar ("avatar avatar-xs", a Gravatar image), a
 * headshot, an author's or profile picture, or the round crop themes give them ("rounded-full", "rounded-circle").
 */
const PORTRAIT = /avatar|headshot|profile|author|rounded-(?:full|circle)/i;
/**
 * The marks that make a photo the writer's even when no `alt` names anyone: "profile" alone is no such mark (a
 * Drupal module's "/profiles/…" folder, an embedded tweet's "profile_images").
 */
const AVATAR = /avatar|headshot|author|rounded-(?:full|circle)/i;
/**
 * A name opening a text: two to four capitalised words (an initial may take a period, no other word may: "Thanks.
 * I …" is a sentence), ending the text or before a lowercase word ("Mahua Das in Guides").
 */
const LEADING_NAME =
  /^((?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{L})(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{L})){1,3})(?:$| \p{Ll})/u;
/** How many nodes after a photo are read for the name printed beside it. */
const BESIDE_NODES = 2;
/** How many wrappers holding nothing but the photo are climbed to find what is printed beside it. */
const WRAPPER_LEVELS = 3;

/**
 * Names printed beside the writer's portrait: a photo whose `alt` is a name that a node right after it (or after
 * the element wrapping it) prints ("Trond Teigen" under a round photo of that alt, "Tim Green" in the paragraph
 * after the photo's), or the name that opens the text right after an avatar ("[avatar] Mahua Das in Guides").
 * Blog themes show the writer this way with no byline class or author link. A photo with no portrait mark is passed
 * over (a product shot is captioned with its name, "Roasted Hazelnut Carajillo"), as are comments and related
 * teasers, whose avatars belong to other people. The last resort, with the author box's names.
 */
export function findAvatarNames(elements: readonly ElementNode[]): string[] {
  const out: string[] = [];
  for (const el of elements) {
    if (el.tag !== 'img') continue;
    const marks = `${classAndId(el)} ${el.attrs.src ?? ''}`;
    if (!PORTRAIT.test(marks)) continue;
    // What follows the photo, or follows the wrappers it sits alone in ("div > div > img", then the bio box).
    const beside = textsAfter(el);
    let inner: DomNode = el;
    for (let p = el.parent, up = 0; p && up < WRAPPER_LEVELS; inner = p, p = p.parent, up++) {
      beside.push(...textsAfter(p));
      if (p.children.some((c) => c !== inner && (c.type === 'element' || c.data.trim() !== ''))) break;
    }
    let name = printedAlt(altName(el.attrs.alt ?? ''), beside);
    if (!name && AVATAR.test(marks)) {
      // Only the photo's own next sibling: the texts after its wrappers are comments' and members' names.
      const next = textsAfter(el)[0];
      name = next ? (LEADING_NAME.exec(next)?.[1] ?? null) : null;
    }
    if (!name || out.includes(name) || inOtherPost(el)) continue;
    out.push(name);
    if (out.length >= 2) break;
  }
  return out;
}

/** "Headshot of Jane Doe, MD, in a white coat": a portrait's alt describing it, cut to whom it shows. */
const PORTRAIT_OF = /^(?:(?:a |an )?(?:head ?shot|photo(?:graph)?|portrait|picture|image) of )/i;

/** The name a portrait's `alt` gives: the alt, less a "Headshot of …" lead and what follows a comma. */
function altName(alt: string): string {
  const folded = foldSpace(alt).replace(PORTRAIT_OF, '');
  const comma = folded.indexOf(',');
  return comma > 0 ? folded.slice(0, comma) : folded;
}

/**
 * The name as printed beside the photo when a text there opens with the alt's name, in any case ("alban Brooke"
 * above "Alban Brooke"), and followed by no further letter; null when no text does.
 */
function printedAlt(alt: string, beside: readonly string[]): string | null {
  if (alt.length < 3) return null;
  const key = alt.toLowerCase();
  for (const t of beside) {
    if (!t.toLowerCase().startsWith(key) || /\p{L}/u.test(t.charAt(alt.length))) continue;
    const printed = t.slice(0, alt.length);
    if (NAME_LINE.test(printed)) return printed;
  }
  return null;
}

/** The first texts of the few nodes after `node` among its siblings. */
function textsAfter(node: DomNode): string[] {
  const texts: string[] = [];
  const siblings = node.parent?.children ?? [];
  for (let i = siblings.indexOf(node) + 1; i < siblings.length && texts.length < BESIDE_NODES; i++) {
    const sibling = siblings[i]!;
    // An element's first text: the name heading a bio box, not the bio run on after it.
    const text = sibling.type === 'text' ? foldSpace(sibling.data) : firstText(sibling);
    if (text) texts.push(text);
  }
  return texts;
}

/** Whether a text is all its element holds, and all the element's parent holds: not a phrase in a sentence. */
function isWholeText(node: DomNode, text: string): boolean {
  const parent = node.parent;
  if (parent?.children.length !== 1) return false;
  const outer = parent.parent ?? parent;
  return spacedText(outer).length <= text.length + 2;
}

/** The first non-blank text an element holds, in document order. */
function firstText(el: ElementNode): string | null {
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = foldSpace(n.data);
      if (t) return t;
      continue;
    }
    if (n.tag === 'script' || n.tag === 'style') continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
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
    // A byline in a teaser or a comment names another story's writer ("Von Andreas Hoffmann" under a teaser).
    if (n.parent && (label || t.length <= 120) && nearOtherPost(n.parent)) {
      label = false;
      continue;
    }
    if (label) {
      if (t.length <= 60 && !runsOn(n)) out.push(t);
      label = false;
    } else if (TEXT_BYLINE_LABEL.test(t)) label = true;
    else if (t.length <= 60 && TEXT_BYLINE.test(t)) out.push(t);
    else if (t.length <= 60 && TEXT_BYLINE_LOWER.test(t) && isWholeText(n, t)) out.push(t);
    // A label and its colon leave no doubt, so the name may run on into a role ("…, Projektleiterin der …").
    else if (t.length <= 120 && TEXT_LABELLED_BYLINE.test(t)) out.push(t);
    else if (t.length <= DATED_NAME_MAX_CHARS && HAS_DIGIT.test(t)) {
      const name = datedName(t);
      if (name) out.push(name);
    }
  }
  return out;
}

/** A printed date has a digit: other lines are not read for one. */
const HAS_DIGIT = /\p{Nd}/u;
/** The longest line read as a date and a name ("11.12.2019 - Amelie Loevenich"). */
const DATED_NAME_MAX_CHARS = 80;
/** The marks that may stand between the date and the name, with spaces: a dash, a bar or a dot. */
const DATE_NAME_MARKS = new Set(['|', '·', '•', '–', '—', '-']);

const isSpace = (ch: string) => ch.trim() === '';

/**
 * The name in a line that is only a printed date and a name, either way round, a dash or bar between
 * ("11.12.2019 - Amelie Loevenich", "Jane Doe | March 5, 2020"): a byline with no "By", as themes print it under
 * the headline. The name must open with a given name from the name lists, so a place ("12.03.2020 - Berlin
 * Mitte") is none; null when the line is anything else. Loops, not patterns: runs of spaces and marks would make
 * a pattern backtrack.
 */
function datedName(text: string): string | null {
  const dates = datesIn(text);
  if (dates.length !== 1) return null;
  const { at, end } = dates[0]!;
  let from: number;
  let to: number;
  let marks = 0;
  if (at === 0) {
    from = end;
    while (from < text.length && (isSpace(text[from]!) || DATE_NAME_MARKS.has(text[from]!))) {
      if (!isSpace(text[from]!)) marks++;
      from++;
    }
    to = text.length;
  } else if (text.slice(end).trim() === '') {
    from = 0;
    to = at;
    while (to > 0 && (isSpace(text[to - 1]!) || DATE_NAME_MARKS.has(text[to - 1]!))) {
      if (!isSpace(text[to - 1]!)) marks++;
      to--;
    }
  } else return null;
  const name = text.slice(from, to).trim();
  if (marks === 0 || !NAME_LINE.test(name)) return null;
  return isGivenName(name.split(' ')[0]!) ? name : null;
}

/**
 * Whether a text node's last word runs on into the next element with no space between: a fragment of a word styled
 * in two parts ("by" | "Inter" + "<span>Red</span>", a CMS vendor's logo type in a footer), not a name.
 */
function runsOn(node: TextNode): boolean {
  if (!/\p{L}$/u.test(node.data)) return false;
  const siblings = node.parent?.children ?? [];
  const next = siblings[siblings.indexOf(node) + 1];
  if (next?.type !== 'element') return false;
  return /^\p{L}/u.test(firstRawText(next) ?? '');
}

/** The first text an element holds, as written (spaces kept), or null. */
function firstRawText(el: ElementNode): string | null {
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (n.data) return n.data;
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/**
 * The name a link to an author's profile page shows, when it is the name its address spells
 * ("/author/jane-doe/" → "Jane Doe"): a byline however the page styles it. A part of the link may hold it
 * ("Jane Doe" | "Tech Reporter"); a link in running prose is a source cited, not a byline.
 */
function profileName(a: ElementNode): string | null {
  const slug = PROFILE_PATH.exec(a.attrs.href ?? '')?.[1];
  if (!slug) return null;
  const host = a.parent;
  if (host && spacedText(host).length - spacedText(a).length > PROFILE_HOST_MAX_CHARS) return null;
  for (let p = a.parent, up = 0; p && up < 3; p = p.parent, up++)
    if (NOT_BYLINE_CLASS.test(classAndId(p))) return null;
  // A menu lists the site's columnists (yahoo-2), not this story's writer.
  for (let p = a.parent; p; p = p.parent) if (p.tag === 'nav' || NAV_CLASS.test(classAndId(p))) return null;
  // The part that spells most of its words, the shortest of those: the link may also hold a picture's credit
  // ("© Kathrin Führes Kathrin Führes"), and a part may hold one word of the name ("Jane" of "Jane Doe").
  let best: string | null = null;
  let bestWords = 0;
  for (const el of [a, ...walkElements(a)]) {
    const text = spacedText(el);
    if (text.length < 2 || text.length > 60 || !spells(text, slug)) continue;
    const words = new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ).size;
    if (words > bestWords || (words === bestWords && text.length < best!.length)) {
      best = text;
      bestWords = words;
    }
  }
  return best;
}

/** True when `text` spells the slug, or each of its longer words is in it ("Harry Rabinowitz" ~ "harry-rabinowitz-nc"). */
function spells(text: string, slug: string): boolean {
  // Both foldings of an umlaut: "Führes" is "fuhres" or "fuehres" in an address.
  for (const fold of [foldPlain, foldUmlaut]) {
    const parts = new Set(fold(slug).split(/[-_.+]|%20/));
    const words = fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (words.length === 0) continue;
    if (words.join('') === [...parts].join('').replace(/[^a-z0-9]/g, '')) return true;
    const long = words.filter((w) => w.length >= 3);
    if (long.length > 0 && long.every((w) => parts.has(w))) return true;
  }
  return false;
}

const foldPlain = (s: string) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
const foldUmlaut = (s: string) => foldPlain(s.toLowerCase().replace(/([äöü])/g, (_m, v: string) => `${v}e`));

/** How many elements up from a printed byline a teaser or comment wrapping it is looked for. */
const OTHER_POST_LEVELS = 4;

/**
 * True when `el` or one of its nearest ancestors is a comment, a reply or a related teaser. Only the nearest: a
 * theme's switches on an outer element ("tweak-blog-item-comments") mark no post.
 */
function nearOtherPost(el: ElementNode): boolean {
  return otherPostFrom(el, OTHER_POST_LEVELS);
}

/** True inside a comment, a reply or a related teaser: a byline there names someone else's post (yahoo-2). */
function inOtherPost(el: ElementNode): boolean {
  return otherPostFrom(el.parent, Number.POSITIVE_INFINITY);
}

/** Whether `from` or one of its ancestors, at most `levels` elements in all, is marked as another post. */
function otherPostFrom(from: ElementNode | null, levels: number): boolean {
  let up = 0;
  for (let p = from; p && up < levels; p = p.parent, up++) {
    const words = classAndId(p);
    if (words !== '' && OTHER_POST_CLASS.test(words)) return true;
  }
  return false;
}

function findNamed(el: ElementNode): ElementNode | null {
  let link: ElementNode | null = null;
  // "byline-name", "author__name": the name's own element, apart from the town and handle the box prints beside;
  // with two or more (several writers), the whole box is read.
  let named: ElementNode | null = null;
  let names = 0;
  for (const c of walkElements(el)) {
    if (c.attrs.itemprop === 'name') return c;
    if (c !== el && AUTHOR_NAME_CLASS.test(classAndId(c)) && names++ === 0) named = c;
    const authorLink =
      c.attrs.rel === 'author' || /\/(?:author|authors|profile|people)\//.test(c.attrs.href ?? '');
    if (!link && c.tag === 'a' && authorLink) link = c;
  }
  return (names === 1 ? named : null) ?? link;
}
