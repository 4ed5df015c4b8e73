import { type ElementNode, elementsWithin, foldSpace, textContent, walkElements } from './dom';
import { decodeReferences } from './json-ld';

/** What one walk over the whole page collects for the metadata readers. */
export interface PageScan {
  /** `<meta>` content by lower-case name, property, itemprop or http-equiv, in page order. */
  metas: Map<string, string[]>;
  jsonLd: string[];
  title: string | null;
  lang: string | null;
  canonical: string | null;
  /** Elements with an `itemprop`, for microdata. */
  itemprops: ElementNode[];
  times: ElementNode[];
  h1s: ElementNode[];
  body: ElementNode | null;
  root: ElementNode;
  /** Inline scripts that may hold data (JSON state objects), read only when a date is found nowhere else. */
  scripts: ElementNode[];
  /** Every element under `body` (or, without one, under `root`) in document order, as the page was loaded. */
  bodyElements: ElementNode[];
}

function addMeta(metas: Map<string, string[]>, key: string, value: string): void {
  const k = key.trim().toLowerCase();
  if (!k) return;
  const list = metas.get(k);
  if (list) list.push(value);
  else metas.set(k, [value]);
}

/** Walks the page once and gathers its metadata sources. */
export function scanPage(root: ElementNode): PageScan {
  const scan: PageScan = {
    metas: new Map(),
    jsonLd: [],
    title: null,
    lang: null,
    canonical: null,
    itemprops: [],
    times: [],
    h1s: [],
    body: null,
    root,
    scripts: [],
    bodyElements: [],
  };
  const elements = walkElements(root);
  for (const el of elements) {
    const { attrs } = el;
    switch (el.tag) {
      case 'meta': {
        const content = attrs.content ?? attrs.value;
        if (content === undefined) break;
        // Escaped twice by the CMS ("pricing &amp;amp; costs", "you&amp;#039;re"), a value still holds references
        // after the parser's decoding; no title or description means them literally.
        const value = foldSpace(decodeReferences(content));
        if (!value) break;
        for (const key of [attrs.name, attrs.property, attrs.itemprop, attrs['http-equiv']]) {
          if (key) for (const k of key.split(/\s+/)) addMeta(scan.metas, k, value);
        }
        break;
      }
      case 'script':
        if ((attrs.type ?? '').toLowerCase().includes('ld+json')) scan.jsonLd.push(textContent(el));
        else if (!attrs.src && !attrs.type) {
          // Some CMSs (Plone) print JSON-LD in a bare <script>.
          const text = textContent(el);
          if (/^\s*[{[]/.test(text) && text.slice(0, 200).includes('"@context"')) scan.jsonLd.push(text);
          else scan.scripts.push(el);
        } else if (/json/i.test(attrs.type ?? '')) scan.scripts.push(el);
        break;
      case 'title':
        if (scan.title === null) scan.title = foldSpace(decodeReferences(textContent(el))) || null;
        break;
      case 'html':
        if (scan.lang === null && attrs.lang) scan.lang = attrs.lang.trim() || null;
        break;
      case 'link':
        if (scan.canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '') && attrs.href)
          scan.canonical = attrs.href.trim();
        break;
      case 'time':
        scan.times.push(el);
        break;
      case 'h1':
        scan.h1s.push(el);
        break;
      case 'body':
        // A <body> inside a template or an embedded document is not the page's.
        if (!scan.body && (el.parent?.tag === 'html' || el.parent?.tag === '#root')) scan.body = el;
        break;
    }
    // Microdata and RDFa (`property="schema:dateCreated"`) state facts on ordinary elements.
    if ((attrs.itemprop !== undefined || attrs.property !== undefined) && el.tag !== 'meta')
      scan.itemprops.push(el);
  }
  scan.bodyElements = scan.body ? elementsWithin(elements, scan.body) : elements;
  return scan;
}
