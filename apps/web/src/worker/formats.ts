import type { Article } from '@copydesk/core';
import type { FormatName } from './protocol';

/** The core export that produces each format; looked up at run time so older cores still work. */
export const CONVERTER_EXPORTS: Record<FormatName, string> = { jsonld: 'toJsonLd', ninjs: 'toNinjs' };

type Converter = (article: Article) => unknown;

/** The converters a core module actually exports, by format. */
export function findConverters(core: Readonly<Record<string, unknown>>): Map<FormatName, Converter> {
  const found = new Map<FormatName, Converter>();
  for (const [format, name] of Object.entries(CONVERTER_EXPORTS) as [FormatName, string][]) {
    const fn = core[name];
    if (typeof fn === 'function') found.set(format, fn as Converter);
  }
  return found;
}

/** Converters may return a document or its serialisation; downloads want text. */
export function serializeOutput(output: unknown): string {
  return typeof output === 'string' ? output : JSON.stringify(output, null, 2);
}
