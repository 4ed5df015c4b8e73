import type { DateSelector, SiteRules } from '../../sites/define-site';
import { type ElementNode, foldSpace, textContent, walkElements } from './dom';
import { imageUrl, resolveUrl } from './images';
import { parseDate, parsePrintedDate } from './parse-date';
import { selectAll } from './select';

/** What a site's rules read from its page; null (or empty) where no selector matched, so the generic rules run. */
export interface SiteValues {
  headline: string | null;
  /** Byline texts of the first `byline` selector that matches. */
  bylines: string[];
  /** Author names, one per element the first matching `authors` selector finds. */
  authors: string[];
  publishedAt: string | null;
  dek: string | null;
  image: { url: string; alt: string | null } | null;
  caption: string | null;
  credit: string | null;
}

const NONE: SiteValues = {
  headline: null,
  bylines: [],
  authors: [],
  publishedAt: null,
  dek: null,
  image: null,
  caption: null,
  credit: null,
};

/** The texts of the first selector whose matches have any text, each match's text once. */
function texts(root: ElementNode, selectors: string[] | undefined): string[] {
  for (const sel of selectors ?? []) {
    const found = selectAll(root, sel)
      .map((el) => foldSpace(textContent(el)))
      .filter(Boolean);
    if (found.length > 0) return found;
  }
  return [];
}

function dateOf(el: ElementNode, rule: string | DateSelector, now: number): string | null {
  const attribute = typeof rule === 'string' ? undefined : rule.attribute;
  const raw = attribute
    ? el.attrs[attribute]
    : (el.attrs.datetime ?? el.attrs.content ?? foldSpace(textContent(el)));
  return raw ? (parseDate(raw, now) ?? parsePrintedDate(raw, now)) : null;
}

function findDate(root: ElementNode, rules: SiteRules['publishedAt'], now: number): string | null {
  for (const rule of rules ?? []) {
    for (const el of selectAll(root, typeof rule === 'string' ? rule : rule.selector)) {
      const d = dateOf(el, rule, now);
      if (d) return d;
    }
  }
  return null;
}

function urlOf(el: ElementNode, base: string | null): string | null {
  if (el.attrs.content) return resolveUrl(el.attrs.content, base);
  const own = imageUrl(el, base);
  if (own) return own;
  // A selector of the figure or <picture>: the first image inside it.
  for (const c of walkElements(el)) {
    if (c.tag !== 'img' && c.tag !== 'source') continue;
    const url = imageUrl(c, base);
    if (url) return url;
  }
  return null;
}

function findImage(
  root: ElementNode,
  selectors: string[] | undefined,
  base: string | null,
): SiteValues['image'] {
  for (const sel of selectors ?? []) {
    for (const el of selectAll(root, sel)) {
      const url = urlOf(el, base);
      if (url) return { url, alt: el.attrs.alt ?? null };
    }
  }
  return null;
}

/** Reads a site's rules against its page; with no rules, every value is absent. */
export function readSiteValues(
  root: ElementNode,
  site: SiteRules | null,
  base: string | null,
  now: number,
): SiteValues {
  if (!site) return NONE;
  return {
    headline: texts(root, site.headline)[0] ?? null,
    bylines: texts(root, site.byline),
    authors: texts(root, site.authors),
    publishedAt: findDate(root, site.publishedAt, now),
    dek: texts(root, site.dek)[0] ?? null,
    image: findImage(root, site.image, base),
    caption: texts(root, site.caption)[0] ?? null,
    credit: texts(root, site.credit)[0] ?? null,
  };
}
