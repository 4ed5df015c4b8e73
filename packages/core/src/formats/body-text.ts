import type { Article } from '../schema/article';

/** The body paragraphs joined by a blank line: the story without headline, dek or captions. */
export function joinParagraphs(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n\n');
}

/** The authors as one byline: "A, B and C". */
export function joinAuthors(article: Article): string {
  const names = article.authors.map((a) => a.name);
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The dateline's place with its country when the country is not already in it: "Deir Ezzor, Syria". */
export function describePlace(article: Article): string | null {
  const place = article.dateline?.place ?? null;
  const country = article.dateline?.country ?? null;
  if (!place) return country;
  if (!country || place.includes(country)) return place;
  return `${place}, ${country}`;
}
