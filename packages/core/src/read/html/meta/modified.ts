import { META_KEYS } from '../constants';
import type { JsonLdFacts } from '../json-ld';
import { parseDate } from '../parse-date';
import type { PageScan } from '../scan-page';
import { firstDate, microdataDate } from './declared-date';
import { metaValues } from './meta-value';

/** The last-modified date the page declares: JSON-LD, then metas, then microdata; null when none. */
export function findModified(scan: PageScan, jsonLd: JsonLdFacts, now: number): string | null {
  return (
    (jsonLd.modifiedAt ? parseDate(jsonLd.modifiedAt, now) : null) ??
    firstDate(metaValues(scan, META_KEYS.modified), now, null) ??
    microdataDate(scan, /dateModified/i, now)
  );
}
