import type { Article, Entity } from '../schema/article';
import { describePlace, joinAuthors, joinParagraphs } from './body-text';
import { compact } from './compact';

/** An IPTC ninjs 2.2 news item (https://iptc.org/standards/ninjs/): plain JSON. */
export type Ninjs = { uri: string; [key: string]: unknown };

export interface NinjsOptions {
  /** The item's identifier. Default: the article's canonical URL or URL, else a `urn:copydesk:` URN from a hash of its text. */
  uri?: string;
}

const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json';
// ninjs date-time fields need a full RFC 3339 timestamp, not a bare date.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** 53-bit FNV-style string hash (cyrb53), for a stable URN when the article has no URL. */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function toDateTime(value: string | null): string | null {
  if (!value || !DATE_TIME.test(value)) return null;
  return Number.isNaN(Date.parse(value)) ? null : value;
}

function isAbsoluteUrl(value: string | null): value is string {
  if (!value) return false;
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

function namesOf(entities: Entity[], types: Entity['type'][]): { name: string; rel: string }[] {
  return entities.filter((e) => types.includes(e.type)).map((e) => ({ name: e.name, rel: 'mentions' }));
}

/**
 * Converts an Article to an IPTC ninjs 2.2 news item: headline, dek, plain-text (and HTML) body, byline,
 * dateline place, people/organisations/places from the entities, agencies as info sources and images
 * as picture associations. Dates that are not full timestamps are left out, as ninjs requires date-times.
 */
export function toNinjs(article: Article, options: NinjsOptions = {}): Ninjs {
  const url = article.source.canonicalUrl ?? article.source.url;
  const uri = options.uri ?? (isAbsoluteUrl(url) ? url : `urn:copydesk:text:${hashText(article.text)}`);
  const body = joinParagraphs(article);
  const bodies: Record<string, unknown>[] = [
    {
      role: 'main',
      contenttype: 'text/plain',
      wordcount: article.wordCount,
      charcount: body.length,
      value: body,
    },
  ];
  if (article.html) bodies.push({ role: 'richtext', contenttype: 'text/html', value: article.html });
  const item = compact({
    uri,
    type: 'text',
    representationtype: 'full',
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_SCHEMA },
    versioncreated: toDateTime(article.modifiedAt) ?? toDateTime(article.publishedAt),
    firstcreated: toDateTime(article.publishedAt),
    language: article.language,
    headlines: article.headline ? [{ role: 'main', value: article.headline }] : [],
    descriptions: [
      ...(article.dek ? [{ role: 'summary', value: article.dek }] : []),
      ...(article.description && article.description !== article.dek
        ? [{ role: 'description', value: article.description }]
        : []),
    ],
    subjects: [
      ...(article.section ? [{ name: article.section, rel: 'section' }] : []),
      ...article.tags.map((name) => ({ name, rel: 'tag' })),
    ],
    by: joinAuthors(article),
    located: describePlace(article),
    bodies,
    people: namesOf(article.entities, ['person']),
    organisations: namesOf(article.entities, ['organization', 'group']),
    places: namesOf(article.entities, ['location']),
    infosources: article.agencies.map((name) => ({ name, role: 'source' })),
    associations: article.images
      .filter((image) => isAbsoluteUrl(image.url))
      .map((image, i) =>
        compact({
          name: `image${i + 1}`,
          uri: image.url,
          type: 'picture',
          descriptions: image.caption ? [{ role: 'caption', value: image.caption }] : [],
          copyrightholder: image.credit,
          renditions: [{ name: 'original', href: image.url }],
        }),
      ),
  });
  return item as Ninjs;
}
