import { detect } from 'chardet';

/** Decoded text and how its encoding was chosen. */
export interface Decoded {
  text: string;
  encoding: string;
  /** bom: a byte-order mark; declared: the page or caller said so; detected: read off the bytes. */
  by: 'bom' | 'declared' | 'detected';
  /** Set when a declared encoding did not fit the bytes and another was used. */
  mismatch: string | null;
}

const PRESCAN = 1024;

// windows-1252 bytes 0x80..0x9f (curly quotes, dashes, the euro sign): Node 20's small-ICU TextDecoder decodes
// them as C1 controls, so they are mapped here (013-windows-1252, test/encodings.test.ts).
export const C1_TO_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => C1_TO_1252[c.charCodeAt(0) - 0x80]!);
}
const CHARSET = /charset=["']?([\w.:-]{1,40})/i;
const XML_ENCODING = /^<\?xml[^>]{0,100}encoding=["']([\w.:-]{1,40})/i;

// Reads <meta charset> tag by tag: one bounded regex per tag, never one over the whole head.
function metaCharset(head: string): string | null {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const tag = head.slice(at, end < 0 ? at + 300 : Math.min(end, at + 300)).replace(/\s+/g, '');
    const m = CHARSET.exec(tag);
    if (m) return m[1]!;
  }
  return null;
}

function supported(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function asLatin1(bytes: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** The charset a page declares in its first kilobyte (<meta charset>, http-equiv, or an XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = asLatin1(bytes, PRESCAN);
  return metaCharset(head) ?? XML_ENCODING.exec(head.replace(/\s+/g, ''))?.[1] ?? null;
}

function bom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

// UTF-16 without a byte-order mark shows as a zero byte beside most ASCII characters.
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 2048) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.6 && evenZero < half * 0.1) return 'utf-16le';
  if (evenZero > half * 0.6 && oddZero < half * 0.1) return 'utf-16be';
  return null;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes the way a browser would: a byte-order mark wins, then the declared charset (the caller's,
 * else the page's own when `html`), then what the bytes show (UTF-16 patterns, valid UTF-8, then chardet's
 * statistical guess among legacy encodings such as Windows-1252, Shift_JIS and GB18030).
 */
export function decodeDocument(
  bytes: Uint8Array,
  options: { declared?: string | null; html?: boolean } = {},
): Decoded {
  const mark = bom(bytes);
  if (mark) {
    return {
      text: new TextDecoder(mark.encoding).decode(bytes.subarray(mark.skip)),
      encoding: mark.encoding,
      by: 'bom',
      mismatch: null,
    };
  }
  const label = options.declared ?? (options.html ? declaredCharset(bytes) : null);
  const declared = label ? supported(label) : null;
  let mismatch: string | null = null;
  if (declared) {
    if (declared !== 'utf-8') {
      // Bytes beyond ASCII that are valid UTF-8 are UTF-8 whatever the page says: a page saved or served again as
      // UTF-8 keeps its old "gb2312" or "windows-1252" meta, and no legacy text of any length is valid UTF-8 by
      // chance (readability-pages' qq page read as GB2312 gave "DeepMind鏂扮數鑴戝凡…").
      const utf8 = hasHighBytes(bytes) ? validUtf8(bytes) : null;
      if (utf8 !== null) return { text: utf8, encoding: 'utf-8', by: 'detected', mismatch: declared };
      // A page that says UTF-16 in ASCII bytes is lying: the declaration could only be read because it is not.
      if (!declared.startsWith('utf-16'))
        return {
          text: decodeWith(declared, bytes),
          encoding: declared,
          by: 'declared',
          mismatch: null,
        };
    } else {
      const text = validUtf8(bytes);
      if (text !== null) return { text, encoding: 'utf-8', by: 'declared', mismatch: null };
    }
    mismatch = declared;
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide, by: 'detected', mismatch };
  const utf8 = validUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', by: 'detected', mismatch };
  const guess = detect(bytes);
  const encoding = (guess && supported(guess)) || 'windows-1252';
  return { text: decodeWith(encoding, bytes), encoding, by: 'detected', mismatch };
}
