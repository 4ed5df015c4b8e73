import type { SiteRules } from './define-site';
import lesswrong from './lesswrong-com';

/** Every site override, one file per site (named after its base domain). */
export const SITES: readonly SiteRules[] = [lesswrong];
