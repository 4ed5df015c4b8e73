import { CopydeskError } from './errors';

/** What `parseArticle` accepts: a string (sniffed), bytes, or an object that says what it is. */
export type ArticleInput =
  | string
  | Uint8Array
  | { text: string; url?: string }
  | { html: string | Uint8Array; url?: string };

export interface ResolvedInput {
  kind: 'html' | 'text';
  content: string | Uint8Array;
  url: string | null;
}

const HTML_SNIFF =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml|<!--)|<(?:p|div|article|meta|title|span|a|br|h[1-6])[\s>/]/i;

/** True when the start of a text reads as HTML markup. */
export function looksLikeHtml(head: string): boolean {
  return HTML_SNIFF.test(head.slice(0, 4096));
}

function decodeHead(bytes: Uint8Array): string {
  let s = '';
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Works out what kind of input was given, without decoding or parsing it. */
export function resolveInput(input: ArticleInput, type?: 'html' | 'text', url?: string): ResolvedInput {
  if (input === null || input === undefined) throw new CopydeskError('INVALID_INPUT', 'no input was given');
  if (typeof input === 'string') {
    return { kind: type ?? (looksLikeHtml(input) ? 'html' : 'text'), content: input, url: url ?? null };
  }
  if (input instanceof Uint8Array) {
    return {
      kind: type ?? (looksLikeHtml(decodeHead(input)) ? 'html' : 'text'),
      content: input,
      url: url ?? null,
    };
  }
  if (typeof input === 'object') {
    const obj = input as Record<string, unknown>;
    const u = typeof obj.url === 'string' ? obj.url : (url ?? null);
    if (typeof obj.html === 'string' || obj.html instanceof Uint8Array) {
      return { kind: type ?? 'html', content: obj.html, url: u };
    }
    if (typeof obj.text === 'string') return { kind: type ?? 'text', content: obj.text, url: u };
  }
  throw new CopydeskError('INVALID_INPUT', 'input must be a string, bytes, { text } or { html, url }');
}
