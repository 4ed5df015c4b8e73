import { type Article, toJsonLd, toMarkdown, toNinjs } from '@copydesk/core';
import { toText } from './to-text';

export const FORMATS = ['json', 'text', 'markdown', 'jsonld', 'ninjs'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** The article in the chosen output format, ending with a newline. */
export function renderArticle(article: Article, format: Format, pretty: boolean): string {
  const indent = pretty ? 2 : undefined;
  switch (format) {
    case 'text':
      return toText(article);
    case 'markdown':
      return toMarkdown(article);
    case 'jsonld':
      return `${JSON.stringify(toJsonLd(article), null, indent)}\n`;
    case 'ninjs':
      return `${JSON.stringify(toNinjs(article), null, indent)}\n`;
    default:
      return `${JSON.stringify(article, null, indent)}\n`;
  }
}
