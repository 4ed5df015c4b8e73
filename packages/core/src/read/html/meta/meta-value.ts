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

/**
 * A BCP 47 language tag from a declared value, in its canonical case ("en_GB" → "en-GB", "EN" → "en", "zh-hant-tw"
 * → "zh-Hant-TW"): `Article.language` is compared and grouped by users as a string, and pages write their `lang` in
 * any case. Null when the value is no tag.
 */
export function languageTag(raw: string | null): string | null {
  if (!raw) return null;
  const tag = raw
    .trim()
    .split(/[\s,;]/)[0]!
    .replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    // Well-formed by the pattern but no valid tag ("en-GB-GB" repeats a subtag): its language subtag still says
    // which language the page declares.
    return tag.split('-')[0]!.toLowerCase();
  }
}

/** Most label/data pairs a page's `twitter:labelN` metas hold that are read (Slack's unfurls show two). */
const MAX_LABELLED_PAIRS = 4;

/**
 * The `twitter:dataN` values whose `twitter:labelN` matches `label`: WordPress SEO plug-ins print the post's author
 * this way for link unfurls ("Written by" / "Jane Doe"), on pages that declare it nowhere else.
 */
export function labelledMetaValues(scan: PageScan, label: RegExp): string[] {
  const values: string[] = [];
  for (let n = 1; n <= MAX_LABELLED_PAIRS; n++) {
    const name = scan.metas.get(`twitter:label${n}`)?.[0];
    const data = scan.metas.get(`twitter:data${n}`)?.[0];
    if (name && data && label.test(name)) values.push(data);
  }
  return values;
}
