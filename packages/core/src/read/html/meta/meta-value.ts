import type { PageScan } from '../scan-page';

/** The first `<meta>` value among `keys`, in key order. */
export function metaValue(scan: PageScan, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = scan.metas.get(k);
    if (v && v.length > 0) return v[0]!;
  }
  return null;
}

/** Every value of the first `<meta>` key among `keys` that the page has. */
export function metaValues(scan: PageScan, keys: readonly string[]): string[] {
  for (const k of keys) {
    const v = scan.metas.get(k);
    if (v && v.length > 0) return v;
  }
  return [];
}

/** A BCP 47-looking language tag from a declared value ("en_GB" → "en-GB"); null when it is none. */
export function languageTag(raw: string | null): string | null {
  if (!raw) return null;
  const tag = raw
    .trim()
    .split(/[\s,;]/)[0]!
    .replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}
