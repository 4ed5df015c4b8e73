import type { SiteRules } from './sites/define-site';

/** Which story extractors run. Each defaults to true; switch off what you do not need for speed. */
export interface ExtractorSelection {
  /** Quotes with speakers, cues and addressees. Default: true. */
  quotes?: boolean;
  /** People, organisations, places and groups. Default: true. */
  entities?: boolean;
  /** Date expressions resolved against the reference date. Default: true. */
  dates?: boolean;
  /** Casualty and other counts. Default: true. */
  casualties?: boolean;
}

/** Bounds that keep a hostile input from exhausting memory or time. */
export interface ParseLimits {
  /** Largest input accepted, in UTF-16 code units or bytes. Default: 20,000,000. */
  maxInputLength?: number;
  /** Deepest HTML element nesting read; deeper content is flattened. Default: 2,000. */
  maxDepth?: number;
  /**
   * Wall-clock budget for one parse in milliseconds, checked between stages. Default: 120,000, which the largest
   * input the default `maxInputLength` accepts stays inside (README, "Limits").
   */
  timeoutMs?: number;
}

export interface ParseOptions {
  /** Reference date for relative dates ("Sunday", "a week ago"); ISO 8601 string or Date. Default: the page's own date, then the dateline's. */
  publishedAt?: string | Date;
  /**
   * When the page was fetched (a crawl's WARC-Date, an HTTP Last-Modified header): no date the page states is
   * later, so a script's expiry string or a mistyped year cannot become its publication date. ISO 8601 string or
   * Date. Default: now.
   */
  fetchedAt?: string | Date;
  /** URL of the page, used to resolve relative links and pick site rules. Default: none. */
  url?: string;
  /** Force the input type instead of sniffing it. Default: sniffed. */
  type?: 'html' | 'text';
  /** Which story extractors run. Default: all. */
  extractors?: ExtractorSelection;
  /** Size and depth limits. Default: see {@link ParseLimits}. */
  limits?: ParseLimits;
  /**
   * Your own site rules (see `defineSite`), looked up by the page's hostname before the built-in ones; a rule's
   * selector that matches wins over every generic source. Invalid rules throw INVALID_OPTION. Default: none.
   */
  sites?: readonly SiteRules[];
}

export const DEFAULT_LIMITS: Required<ParseLimits> = {
  maxInputLength: 20_000_000,
  maxDepth: 2_000,
  timeoutMs: 120_000,
};
