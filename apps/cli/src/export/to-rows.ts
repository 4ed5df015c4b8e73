import type { Article } from '@copydesk/core';
import type { Row, TableName } from './layout';

/** The rows one Article contributes to each table (every table but `errors` and `meta`). */
export type ArticleRows = Record<Exclude<TableName, 'errors' | 'meta'>, Row[]>;

/** Flattens one valid Article into table rows, keyed by its record `id`; `n` is the position in its list. */
export function toRows(id: string, article: Article): ArticleRows {
  return {
    articles: [
      [
        id,
        article.source.url ?? article.source.canonicalUrl,
        article.headline,
        article.dek,
        article.publishedAt,
        article.modifiedAt,
        article.language,
        article.source.siteName,
        article.wordCount,
        article.isArticle.score,
        article.text,
      ],
    ],
    authors: article.authors.map((a, n) => [id, n, a.name, a.role]),
    agencies: article.agencies.map((agency, n) => [id, n, agency]),
    quotes: article.quotes.map((q, n) => [
      id,
      n,
      q.type,
      q.text,
      q.span.start,
      q.span.end,
      q.speaker?.name ?? null,
      q.speaker?.entityId ?? null,
      q.cue?.text ?? null,
      q.addressee?.text ?? null,
    ]),
    entities: article.entities.map((e) => [id, e.id, e.type, e.name, e.aliases, e.mentions.length]),
    mentions: article.entities.flatMap((e) => e.mentions.map((m) => [id, e.id, m.start, m.end, m.text])),
    dates: article.dates.map((d) => [id, d.text, d.value, d.precision, d.span.start, d.span.end]),
    casualties: article.casualties.map((c) => [
      id,
      c.kind,
      c.count,
      c.qualifier,
      c.vague,
      c.who,
      c.span.start,
      c.span.end,
    ]),
    media: article.media.map((m, n) => [id, n, m.kind, m.url, m.provider, m.title]),
  };
}
