import { META_KEYS } from '../constants';
import type { JsonLdFacts } from '../json-ld';
import { parseDate } from '../parse-date';
import type { PageScan } from '../scan-page';
import { firstDate, microdataDate } from './declared-date';
import { metaValues } from './meta-value';

/**
 * The last-modified date the page declares: JSON-LD, then metas, then microdata; null when none. A stamp equal to
 * the JSON-LD publication instant says only that the CMS copied it, so a later one from another source wins
 * (JSON-LD `dateModified` = `datePublished`, `article:modified_time` two hours later).
 */
export function findModified(scan: PageScan, jsonLd: JsonLdFacts, now: number): string | null {
  const candidates = [
    jsonLd.modifiedAt ? parseDate(jsonLd.modifiedAt, now) : null,
    firstDate(metaValues(scan, META_KEYS.modified), now, null),
    microdataDate(scan, /dateModified/i, now),
  ].filter((d): d is string => d !== null);
  const published = jsonLd.publishedAt ? Date.parse(parseDate(jsonLd.publishedAt, now) ?? '') : Number.NaN;
  const first = candidates[0] ?? null;
  if (!first || Date.parse(first) !== published) return first;
  return candidates.find((d) => Date.parse(d) > published) ?? first;
}
