import { decodeBytes } from '../decode';

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i;

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), or null. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096);
  let head = '';
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/** Decodes page bytes: a byte-order mark wins, then the declared charset, then UTF-8. */
export function decodeHtml(bytes: Uint8Array): { html: string; charset: string | null } {
  const charset = sniffCharset(bytes);
  return { html: decodeBytes(bytes, charset), charset };
}
