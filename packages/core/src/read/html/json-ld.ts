import { decodeHTMLStrict } from 'entities';
/** What the JSON-LD blocks of a page say about its article. */
export interface JsonLdFacts {
  types: string[];
  headline: string | null;
  description: string | null;
  /** Who `author` (else `creator`) names, with the kind its `@type` declares. */
  authors: JsonLdAuthor[];
  publisher: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  images: string[];
  language: string | null;
  articleBody: string | null;
  url: string | null;
  /** `articleSection`, first of several. */
  section: string | null;
  /** `keywords`, as a list (a comma-separated string is split by the reader). */
  keywords: string[];
  /** `isAccessibleForFree` as declared (Google's paywall markup): false marks a paywalled article. */
  accessibleForFree: boolean | null;
}

/** An author as JSON-LD names it: a `Person`, an `Organization` (of any subtype), or untyped. */
export interface JsonLdAuthor {
  name: string;
  kind: 'person' | 'organization' | null;
}

type Json = Record<string, unknown>;

// schema.org's Organization and its subtypes (NewsMediaOrganization, Corporation, LocalBusiness, NGO …).
const ORGANIZATION_TYPE = /Organi[sz]ation$|^(?:Corporation|LocalBusiness|NGO|Brand|WebSite)$/;

const ARTICLE_TYPE =
  /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review|Recipe|HowTo|WebPage|ItemPage|Posting|DiscussionForumPosting)$/;
const STRONG_ARTICLE_TYPE = /Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/;

function parseJson(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    // A CDATA section, commented out for HTML parsers or bare as XHTML serialisers write it (medium-3, wikipedia-3).
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
    .trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Stray control characters inside strings are the commonest breakage.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/#:]/, '')];
  if (Array.isArray(t))
    return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
  return [];
}

/**
 * A JSON-LD string with its HTML character references decoded, as htmlparser2 decodes element text (by the
 * `entities` package it uses): JSON-LD is script text, which the parser never decodes, and many CMSs write its
 * strings HTML-escaped ("Rates &amp; Fees", "eCommerce &#8211; 10 Benefits"). Strict: only references closed by
 * ";", so a bare "&" or an unknown name stays as written.
 */
export function decodeReferences(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return decodeReferences(value).trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Json;
    return str(o['@value'] ?? o.name ?? o.text);
  }
  return null;
}

/** Every object in the JSON-LD values (arrays, `@graph`, nested values), breadth first, bounded. */
function collectNodes(roots: unknown[]): Json[] {
  const out: Json[] = [];
  const queue: { value: unknown; depth: number }[] = roots.map((value) => ({ value, depth: 0 }));
  for (let i = 0; i < queue.length && out.length < 500; i++) {
    const { value, depth } = queue[i]!;
    if (depth > 6 || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) queue.push({ value: v, depth: depth + 1 });
      continue;
    }
    const node = value as Json;
    out.push(node);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement', 'item']) {
      if (node[key] && typeof node[key] === 'object') queue.push({ value: node[key], depth: depth + 1 });
    }
  }
  return out;
}

function namesOf(value: unknown, byId: Map<string, Json>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(item);
    else if (item && typeof item === 'object') {
      let o = item as Json;
      const id = typeof o['@id'] === 'string' ? o['@id'] : null;
      if (id && !o.name && byId.has(id)) o = byId.get(id)!;
      const name = str(o.name) ?? str([o.givenName, o.familyName].filter(Boolean).join(' '));
      if (name) names.push(name);
    }
  }
  return names.map((n) => n.trim()).filter(Boolean);
}

/** Names of `author` values with the kind each declares; a name given as a plain string has none. */
function authorsOf(value: unknown, byId: Map<string, Json>): JsonLdAuthor[] {
  const list = Array.isArray(value) ? value : [value];
  const out: JsonLdAuthor[] = [];
  for (const item of list) {
    let o: Json | null = item && typeof item === 'object' ? (item as Json) : null;
    const id = o && typeof o['@id'] === 'string' ? o['@id'] : null;
    if (o && id && !o.name && byId.has(id)) o = byId.get(id)!;
    const types = o ? typesOf(o) : [];
    const kind = types.includes('Person')
      ? 'person'
      : types.some((t) => ORGANIZATION_TYPE.test(t))
        ? 'organization'
        : null;
    for (const name of namesOf(o ?? item, byId)) out.push({ name, kind });
  }
  return out;
}

function imagesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(item);
    else if (item && typeof item === 'object') {
      const url = str((item as Json).url ?? (item as Json).contentUrl);
      if (url) out.push(url);
    }
  }
  return out;
}

// Sites write the flag as a boolean or as the strings "False"/"false" (schema.org's own examples use both).
function freeOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim()))
    return value.trim().toLowerCase() === 'true';
  return null;
}

function keywordsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => str(v)).filter((v): v is string => v !== null);
}

/** Reads the page's JSON-LD blocks: the best article-like node, else any with a headline (001-news-json-ld). */
export function readJsonLd(blocks: string[]): JsonLdFacts {
  const facts: JsonLdFacts = {
    types: [],
    headline: null,
    description: null,
    authors: [],
    publisher: null,
    publishedAt: null,
    modifiedAt: null,
    images: [],
    language: null,
    articleBody: null,
    url: null,
    section: null,
    keywords: [],
    accessibleForFree: null,
  };
  const nodes = collectNodes(blocks.map(parseJson).filter((v) => v !== null));
  if (nodes.length === 0) return facts;
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  for (const n of nodes) facts.types.push(...typesOf(n));
  const rank = (n: Json): number => {
    const types = typesOf(n);
    if (types.some((t) => STRONG_ARTICLE_TYPE.test(t))) return 3;
    if (types.some((t) => ARTICLE_TYPE.test(t)) && (n.headline || n.datePublished || n.author)) return 2;
    return n.headline || n.datePublished ? 1 : 0;
  };
  const ordered = nodes.filter((n) => rank(n) > 0).sort((a, b) => rank(b) - rank(a));
  for (const n of ordered) {
    facts.headline ??= str(n.headline) ?? (rank(n) >= 2 ? str(n.name) : null);
    facts.description ??= str(n.description);
    if (facts.authors.length === 0 && n.author) facts.authors = authorsOf(n.author, byId);
    if (facts.authors.length === 0 && n.creator) facts.authors = authorsOf(n.creator, byId);
    facts.publisher ??= n.publisher ? (namesOf(n.publisher, byId)[0] ?? null) : null;
    facts.publishedAt ??= str(n.datePublished) ?? str(n.dateCreated) ?? str(n.uploadDate);
    facts.modifiedAt ??= str(n.dateModified);
    if (facts.images.length === 0 && n.image) facts.images = imagesOf(n.image);
    if (facts.images.length === 0 && n.thumbnailUrl) facts.images = imagesOf(n.thumbnailUrl);
    facts.language ??= str(n.inLanguage);
    facts.articleBody ??= str(n.articleBody);
    facts.url ??= typeof n.url === 'string' ? n.url : null;
    facts.section ??= str(n.articleSection);
    if (facts.keywords.length === 0 && n.keywords) facts.keywords = keywordsOf(n.keywords);
    facts.accessibleForFree ??= freeOf(n.isAccessibleForFree);
  }
  return facts;
}
