import { foldSpace, textContent } from '../dom';
import { parseDate } from '../parse-date';
import type { PageScan } from '../scan-page';

/** The first of `values` that reads as a date; with `scan`, then any meta key that plainly names a publication date. */
export function firstDate(values: string[], now: number, scan: PageScan | null): string | null {
  for (const v of values) {
    const d = parseDate(v, now);
    if (d) return d;
  }
  if (!scan) return null;
  // Keys outside the known list that plainly name a publication date.
  for (const [key, list] of scan.metas) {
    if (!/publish|pub_?date|release_?date/.test(key) || /update|modif/.test(key)) continue;
    const d = parseDate(list[0]!, now);
    if (d) return d;
  }
  return null;
}

/** The first date in microdata or RDFa whose property `name` matches (`datePublished`, `dateModified`). */
export function microdataDate(scan: PageScan, name: RegExp, now: number): string | null {
  for (const el of scan.itemprops) {
    if (!name.test(`${el.attrs.itemprop ?? ''} ${el.attrs.property ?? ''}`)) continue;
    const { datetime, content, title } = el.attrs;
    const d = parseDate(datetime ?? content ?? title ?? foldSpace(textContent(el)), now);
    if (d) return d;
  }
  return null;
}
