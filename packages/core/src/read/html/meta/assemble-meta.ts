import type { PageMeta } from '../../../body';
import type { Warning } from '../../../schema/article';
import { META_KEYS } from '../constants';
import { foldSpace } from '../dom';
import { resolveUrl } from '../images';
import type { JsonLdFacts } from '../json-ld';
import type { PageScan } from '../scan-page';
import type { Credits } from './authors';
import { languageTag, metaValue } from './meta-value';
import { findDescription, findSection, findTags } from './page-facts';
import type { PublishedDate } from './published';

/** The site's name as declared (`og:site_name`, JSON-LD publisher), unfolded: title and byline rules compare it. */
export function findSiteName(scan: PageScan, jsonLd: JsonLdFacts): string | null {
  return metaValue(scan, META_KEYS.siteName) ?? jsonLd.publisher;
}

/** Each field of PageMeta, already chosen from its best source. */
export interface MetaParts {
  headline: string | null;
  dek: string | null;
  credits: Credits;
  published: PublishedDate;
  modifiedAt: string | null;
  siteName: string | null;
}

/** The page's final metadata, assembled once from its chosen parts, with what the choice had to settle. */
export function assembleMeta(
  parts: MetaParts,
  scan: PageScan,
  jsonLd: JsonLdFacts,
  url: string | null,
): { meta: PageMeta; warnings: Warning[] } {
  const { published } = parts;
  const warnings: Warning[] = [];
  if (published.overruled)
    warnings.push({
      code: 'published-date-shown',
      message: `the page shows ${published.value!.slice(0, 10)} beside its headline; its metadata declares ${published.overruled}`,
    });
  const meta: PageMeta = {
    headline: parts.headline,
    dek: parts.dek,
    authors: parts.credits.authors,
    agencies: parts.credits.agencies,
    publishedAt: published.value,
    modifiedAt: parts.modifiedAt,
    language:
      languageTag(scan.lang) ??
      languageTag(jsonLd.language) ??
      languageTag(metaValue(scan, META_KEYS.locale)),
    siteName: parts.siteName ? foldSpace(parts.siteName) : null,
    canonicalUrl: resolveUrl(scan.canonical ?? metaValue(scan, ['og:url']), url),
    description: findDescription(scan, jsonLd),
    section: findSection(scan, jsonLd),
    tags: findTags(scan, jsonLd),
  };
  return { meta, warnings };
}
