import { splitCredit } from '../../front-matter/credit/split-credit';
import { classAndId, type DomNode, type ElementNode, foldSpace, textContent } from './dom';

/** An image as found in the page; `caption` is the caption without its credit. */
export interface RawImage {
  url: string | null;
  caption: string | null;
  credit: string | null;
  alt: string | null;
}

const CREDIT_CLASS = /credit|copyright|source|photographer|attribution|byline|courtesy/;
// Lazy-load attributes before `src`: a page that declares one keeps a placeholder in `src` until the script runs
// (a games site's data: URL, a `t.gif` or a `leer.gif` beside `data-retina-src`), as Readability's
// lazy-image fix also assumes. `data-url` and `srcset` come last: the first is sometimes a link, the second is
// read only for its first candidate.
const IMAGE_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-retina-src',
  'data-hi-res-src',
  'data-srcset',
  'data-lazy-srcset',
  'src',
  'data-url',
  'srcset',
];
// File names that lazy loaders and layouts use for blank placeholders; such a URL is no image of the article.
const PLACEHOLDER =
  /(?:^|\/)(?:t|s|x|leer|spacer|blank|pixel|transparent|empty|clear|1x1|placeholder|grey|gray|loading|lazy)\.(?:gif|png|svg)(?:[?#]|$)/i;

/** Resolves a URL against the page URL; null for data: and javascript: URLs or garbage (a data: placeholder). */
export function resolveUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value || /^(?:data|javascript|about|blob):/i.test(value)) return null;
  try {
    return base ? new URL(value, base).href : new URL(value).href;
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? null : value;
  }
}

// The first candidate's URL, without its width or density ("a.jpg 800w, b.jpg 1600w" → a.jpg).
function firstFromSrcset(srcset: string): string {
  return srcset.trim().split(/\s+/)[0] ?? '';
}

/** The URL of an `<img>` or `<source>`, preferring real sources over lazy-load placeholders. */
export function imageUrl(el: ElementNode, base: string | null): string | null {
  for (const name of IMAGE_ATTRS) {
    const raw = el.attrs[name];
    if (!raw) continue;
    const url = resolveUrl(name.endsWith('srcset') ? firstFromSrcset(raw) : raw, base);
    if (url && !PLACEHOLDER.test(url)) return url;
  }
  return null;
}

// A declared size under 60 px is a tracking pixel or an icon (009-images-relative-lazy).
function isTiny(el: ElementNode): boolean {
  const w = Number(el.attrs.width);
  const h = Number(el.attrs.height);
  return (w > 0 && w < 60) || (h > 0 && h < 60);
}

function find(root: ElementNode, tags: string[]): ElementNode | null {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'element') continue;
    if (tags.includes(n.tag)) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/** Splits a `<figcaption>` into caption and credit: a credit element ("(Bild: Hersteller)"), else split off the text (seattletimes-1). */
export function readCaption(el: ElementNode): { caption: string | null; credit: string | null } {
  let credit: string | null = null;
  let caption = '';
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      caption += n.data;
      continue;
    }
    if (n !== el && CREDIT_CLASS.test(classAndId(n))) {
      credit = foldSpace(textContent(n)) || credit;
      caption += ' ';
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  const text = foldSpace(caption);
  if (credit)
    return { caption: text || null, credit: credit.replace(/^(?:photo|credit|image)s?\s*:\s*/i, '') };
  if (!text) return { caption: null, credit: null };
  const parts = splitCredit(text);
  return { caption: parts.caption || null, credit: parts.credit };
}

/** Reads a `<figure>`, `<picture>` or `<img>` into an image and its caption text; null when it has no image. */
export function readFigure(
  el: ElementNode,
  base: string | null,
): { image: RawImage; caption: string | null } | null {
  const img = el.tag === 'img' ? el : find(el, ['img']);
  const source = img ?? find(el, ['source']);
  if (img && isTiny(img)) return null;
  const url = source ? imageUrl(source, base) : null;
  const captionEl = el.tag === 'figure' ? find(el, ['figcaption']) : null;
  const { caption, credit } = captionEl ? readCaption(captionEl) : { caption: null, credit: null };
  if (!url && !caption) return null;
  const alt = img?.attrs.alt ? foldSpace(img.attrs.alt) || null : null;
  return { image: { url, caption, credit, alt }, caption };
}
