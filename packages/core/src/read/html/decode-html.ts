import { decodeBytes } from '../decode';

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i;

// WHATWG treats all of these labels as windows-1252.
const WINDOWS_1252 =
  /^(?:windows-1252|cp1252|x-cp1252|latin1|l1|iso-8859-1|iso8859-1|iso88591|iso_8859-1|iso-ir-100|ascii|us-ascii|ansi_x3\.4-1968|cp819|ibm819|csisolatin1)$/i;

// windows-1252 bytes 0x80..0x9f (curly quotes, dashes, euro sign); some runtimes decode them as C1 controls.
const C1_TO_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

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
  let html = decodeBytes(bytes, charset);
  if (charset && WINDOWS_1252.test(charset.trim()))
    html = html.replace(/[\u0080-\u009f]/g, (c) => C1_TO_1252[c.charCodeAt(0) - 0x80]!);
  return { html, charset };
}
