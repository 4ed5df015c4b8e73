import type { Article, Entity } from '../schema/article';
import { describePlace, joinParagraphs } from './body-text';
import { compact } from './compact';

/** A schema.org JSON-LD object: plain JSON with "@context"/"@type" keys. */
export type JsonLd = { [key: string]: unknown };

const ENTITY_TYPES: Record<Entity['type'], string> = {
  person: 'Person',
  organization: 'Organization',
  location: 'Place',
  group: 'Organization',
};

/**
 * Converts an Article to schema.org `NewsArticle` JSON-LD (https://schema.org/NewsArticle), the form
 * search engines read from a page's `<script type="application/ld+json">`. Unknown fields are left out.
 */
export function toJsonLd(article: Article): JsonLd {
  const url = article.source.canonicalUrl ?? article.source.url;
  const place = describePlace(article);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    alternativeHeadline: article.dek,
    description: article.description ?? article.dek,
    articleSection: article.section,
    keywords: article.tags.length ? article.tags.join(', ') : null,
    url,
    mainEntityOfPage: url,
    inLanguage: article.language,
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    author: article.authors.map((a) => compact({ '@type': 'Person', name: a.name, jobTitle: a.role })),
    sourceOrganization: article.agencies.map((name) => ({ '@type': 'Organization', name })),
    publisher: article.source.siteName ? { '@type': 'Organization', name: article.source.siteName } : null,
    dateline: article.dateline?.text,
    contentLocation: place ? { '@type': 'Place', name: place } : null,
    image: article.images.map((image) =>
      compact({
        '@type': 'ImageObject',
        contentUrl: image.url,
        url: image.url,
        caption: image.caption,
        creditText: image.credit,
        description: image.alt,
      }),
    ),
    mentions: article.entities.map((e) =>
      compact({ '@type': ENTITY_TYPES[e.type], name: e.name, alternateName: e.aliases }),
    ),
    articleBody: joinParagraphs(article),
    wordCount: article.wordCount,
  });
}
