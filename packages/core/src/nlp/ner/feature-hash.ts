// Features are 32-bit hashes of (template, values), not strings: no string is built per feature, and the
// shipped model stores 4 bytes per feature. A collision costs as much as one rare feature.

/** FNV-1a over `text[start, end)`. */
export function hashText(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function round(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

/** The hash of a feature: its template number and one or two value hashes; never 0 (0 means "no feature"). */
export function hashFeature(template: number, a: number, b = 0): number {
  let h = round(round(template, a), b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}
