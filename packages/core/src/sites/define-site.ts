/** Per-site overrides for pages where the generic rules fail; every field is optional. */
export interface SiteRules {
  /** Hostnames the rules apply to ("www.example.com" or the base domain "example.com"). */
  hostnames: string[];
  /** Selectors of the article body container(s), tried in order; the first that matches wins. */
  body?: string[];
  /** Selectors of elements to remove before reading (promos, inline "read more" boxes). */
  remove?: string[];
  /** Selectors of the headline element. */
  headline?: string[];
  /** Selectors of the byline element. */
  byline?: string[];
  /** Selectors of the standfirst under the headline. */
  dek?: string[];
}

/** Declares a site's overrides (an identity function that type-checks the data). */
export function defineSite(rules: SiteRules): SiteRules {
  return rules;
}
