/** Where a site prints its publication date: a selector, and the attribute that holds the date. */
export interface DateSelector {
  /** A selector of the element holding the date. */
  selector: string;
  /** The attribute to read. Default: `datetime`, then `content`, then the element's text. */
  attribute?: string;
}

/**
 * Per-site rules for pages where the generic rules fail; every field is optional. A field's selectors are
 * tried in order; the first that matches an element with text (or a value) wins over every generic source,
 * JSON-LD included, and when none matches the generic rules run.
 */
export interface SiteRules {
  /** Hostnames the rules apply to ("www.example.com" or the base domain "example.com"). Required, not empty. */
  hostnames: string[];
  /** Article body container(s); the first selector that matches wins over the scored body. Default: scored. */
  body?: string[];
  /** Elements to remove before the body is read (promos, inline "read more" boxes). Default: none. */
  remove?: string[];
  /** The headline element; its text wins over JSON-LD, metas and `<h1>`. Default: the generic headline. */
  headline?: string[];
  /** The byline element(s); the first that names someone wins over JSON-LD and metas. Default: generic authors. */
  byline?: string[];
  /** Author name elements, one author each; they win over `byline` and every generic source. Default: generic. */
  authors?: string[];
  /** The publication date (a selector string, or `{ selector, attribute }`); wins over every declared date. Default: generic. */
  publishedAt?: (string | DateSelector)[];
  /** The standfirst under the headline; its text wins over a `dek` class and the description. Default: generic. */
  dek?: string[];
  /** The lead image (`<img>` `src`, lazy `data-src`, `srcset`, or a `<meta>` `content`); wins over the page's first. Default: generic. */
  image?: string[];
  /** The lead image's caption; wins over the figure's own caption. Default: the figure caption. */
  caption?: string[];
  /** The lead image's credit; wins over the credit split from the caption. Default: from the caption. */
  credit?: string[];
}

/** Declares a site's rules (an identity function that type-checks the data). */
export function defineSite(rules: SiteRules): SiteRules {
  return rules;
}
