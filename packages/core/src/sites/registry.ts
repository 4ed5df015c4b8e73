import type { SiteRules } from './define-site';

/** Every site override, one file per site. */
export const SITES: readonly SiteRules[] = [];
