import type { Warning } from '../../schema/article';
import { META_KEYS } from './constants';
import type { JsonLdFacts } from './json-ld';
import { metaValue } from './meta/meta-value';
import type { PageScan } from './scan-page';

// The two declarations publishers make for search engines about paywalled articles: schema.org
// `isAccessibleForFree: false` (Google's subscription and paywalled content markup) and OpenGraph's
// `article:content_tier` ("locked" or "metered"; "free" is open).
const LOCKED_TIER = /^(?:locked|metered|premium|paid|subscriber)/i;

/** A `paywalled` warning when the page declares its article behind a paywall; null otherwise. */
export function paywallWarning(scan: PageScan, jsonLd: JsonLdFacts, bodyWords: number): Warning | null {
  const tier = metaValue(scan, META_KEYS.contentTier);
  const declared =
    jsonLd.accessibleForFree === false
      ? 'isAccessibleForFree: false'
      : tier && LOCKED_TIER.test(tier.trim())
        ? `article:content_tier ${tier.trim()}`
        : null;
  if (!declared) return null;
  return {
    code: 'paywalled',
    message: `the page declares its article paywalled (${declared}); the ${bodyWords} words read may be a teaser`,
  };
}
