import type { SiteRules } from './define-site';
import { SITES } from './registry';

// Second-level labels under which a registrable domain has three labels ("bbc.co.uk").
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or']);

function byHost(sites: readonly SiteRules[]): Map<string, SiteRules> {
  const map = new Map<string, SiteRules>();
  // The first rules naming a host keep it, as the list's order promises.
  for (const site of sites)
    for (const h of site.hostnames) if (!map.has(h.toLowerCase())) map.set(h.toLowerCase(), site);
  return map;
}

const BUILT_IN = byHost(SITES);

/** The registrable base domain of a hostname: "www.news.bbc.co.uk" → "bbc.co.uk". */
export function baseDomain(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const keep =
    SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The site rules for a page URL: the caller's rules first, then the built-in ones, each by exact hostname and
 * then by base domain; null for generic pages (025-site-rule-author by its hostname).
 */
export function findSite(url: string | null, userSites: readonly SiteRules[] = []): SiteRules | null {
  if (!url) return null;
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const table of userSites.length > 0 ? [byHost(userSites), BUILT_IN] : [BUILT_IN]) {
    const found = table.get(hostname) ?? table.get(baseDomain(hostname));
    if (found) return found;
  }
  return null;
}
