import { compilePattern } from '../util/pattern';
import { C1_TO_1252 } from './decode';

// Mojibake: text that was UTF-8 once, read as Windows-1252 (or Latin-1) somewhere upstream, and saved again as
// UTF-8. Every byte of a multi-byte character became a character of its own: "’" (E2 80 99) reads "â€™", or
// "â\u0080\u0099" where the reader kept the C1 controls, "é" reads "Ã©", "°" reads "Â°". About 2% of the WCXB pages
// hold some (in a title, a byline or the whole body), and quotation marks broken that way hide every quote of the
// story. Decoding cannot help: the bytes are valid UTF-8, of the wrong characters. The repair is ftfy's idea
// (Speer, 2019), kept narrow: a run is mapped back to its bytes and replaced only when those bytes are exactly one
// well-formed UTF-8 character that text plausibly holds. Windows-1252's lead characters followed by its
// continuation characters almost never occur in real writing, and the plausibility test turns away the few that
// do ("Gruß“": ß + “ would be an N'Ko letter).

/**
 * Windows-1252's characters at 0x80–0x9f that are not C1 controls, by the byte each stands for: decode.ts's table,
 * read the other way.
 */
const CP1252_HIGH: Record<number, number> = Object.fromEntries(
  [...C1_TO_1252].map((c, i) => [c.charCodeAt(0), 0x80 + i] as const).filter(([cp, byte]) => cp !== byte),
);

/** A character that stands for a continuation byte (0x80–0xbf) in Latin-1 or Windows-1252. */
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252_HIGH)
  .map((cp) => `\\u${Number(cp).toString(16).padStart(4, '0')}`)
  .join('')}]`;

/** A lead byte of a two-, three- or four-byte UTF-8 character (0xc2–0xf4) and as many continuation characters. */
const ONE = `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`;
/** Runs side by side: a word of Chinese, Cyrillic or Arabic broken this way is one unbroken stretch of them. */
const RUNS = compilePattern(`(?:${ONE})+`, 'gu');
const SINGLE = compilePattern(ONE, 'gu');

/**
 * The signs that a text holds mojibake at all, which no real writing shows: "Ã" or "Â" before a symbol ("Ã©",
 * "Â°", "Â" before a no-break space), "â€" or "â" and a C1 control (a broken quotation mark or dash), "ðŸ" (a
 * broken emoji), "ï¿½" (a broken replacement character). Only a text that shows one is repaired: a French
 * "difficulté »" (é, no-break space, ») or a German "Ä…" would read as mojibake on their own.
 */
const SIGN = compilePattern(
  `[\\u00c2\\u00c3]${CONTINUATION}|\\u00e2[\\u0080\\u20ac]|\\u00f0\\u0178|\\u00ef\\u00bf\\u00bd`,
  'u',
);
/** Native searches that rule out nearly every clean text before SIGN's slower scan. */
const SIGN_STARTS = ['\u00c3', '\u00c2', '\u00e2\u20ac', '\u00e2\u0080', '\u00f0\u0178', '\u00ef\u00bf'];

function byteOf(c: number): number {
  return c <= 0xff ? c : (CP1252_HIGH[c] ?? -1);
}

/**
 * The code point that the characters of `run` (a lead and its continuation characters), read back as bytes,
 * encode when they are one well-formed UTF-8 character (no overlong form, no surrogate); else -1.
 */
function decodedRun(run: string): number {
  const length = run.length;
  let cp = run.charCodeAt(0) & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let i = 1; i < length; i++) {
    const b = byteOf(run.charCodeAt(i));
    if (b < 0x80 || b > 0xbf) return -1;
    cp = (cp << 6) | (b & 0x3f);
  }
  const least = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (cp < least || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

/** Chinese, Japanese and Korean characters: a lone one is as likely a French "é »" (é, no-break space, »). */
function isIdeographic(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff);
}

/**
 * Whether text plausibly holds this character. Two bytes: the Latin letters and signs, spacing and combining
 * accents, Greek, Cyrillic, Hebrew and Arabic, not IPA ("NESCAFÉ®" would spell ɮ) or the rarer scripts ("Gruß“"
 * would spell an N'Ko letter). Three bytes: punctuation and symbols, the Indic scripts and Thai, ideographs (when
 * not alone), the replacement character. Four bytes: emoji and the other planes' characters, not private use.
 */
function plausible(cp: number, length: number, alone: boolean): boolean {
  if (length === 2) {
    return (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2b0 && cp <= 0x52f) || (cp >= 0x590 && cp <= 0x6ff);
  }
  if (length === 3) {
    if (isIdeographic(cp)) return !alone;
    return (cp >= 0x900 && cp <= 0xe7f) || (cp >= 0x2000 && cp <= 0x2bff) || cp === 0xfffd;
  }
  return cp < 0xf0000;
}

function hasSign(text: string): boolean {
  return SIGN_STARTS.some((s) => text.includes(s)) && SIGN.test(text);
}

/** A text with its mojibake repaired, and how many characters were. */
export interface Repaired {
  text: string;
  repaired: number;
}

/** Pages broken three times over exist ("ÃƒÆ’Ã¢â‚¬Å¡Ã‚Â®" for ®); each pass undoes one. */
const MAX_PASSES = 3;

function repairOnce(text: string): Repaired {
  let repaired = 0;
  const out = text.replace(RUNS, (runs) => {
    const pieces = runs.match(SINGLE) ?? [];
    const alone = pieces.length === 1;
    let fixed = '';
    for (const run of pieces) {
      const cp = decodedRun(run);
      if (cp >= 0 && plausible(cp, run.length, alone)) {
        fixed += String.fromCodePoint(cp);
        repaired++;
      } else fixed += run;
    }
    return fixed;
  });
  return { text: out, repaired };
}

/**
 * Repairs UTF-8 read as Windows-1252 or Latin-1 ("Itâ€™s" → "It’s", "Ã©tÃ©" → "été"), up to three times over (a
 * text broken twice reads "Ã¢â‚¬â„¢"). A text that shows no sign of mojibake is returned as it is.
 */
export function repairMojibake(text: string): Repaired {
  let repaired = 0;
  let out = text;
  for (let pass = 0; pass < MAX_PASSES && hasSign(out); pass++) {
    const once = repairOnce(out);
    if (once.repaired === 0) break;
    out = once.text;
    repaired += once.repaired;
  }
  return { text: out, repaired };
}
