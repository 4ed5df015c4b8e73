import type { SiteRules } from './define-site';
import { SITES } from './registry';

// Second-level labels under which a registrable domain has three labels ("bbc.co.uk").
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or']);

const BY_HOST = new Map<string, SiteRules>();
for (const site of SITES) for (const h of site.hostnames) BY_HOST.set(h.toLowerCase(), site);

/** The registrable base domain of a hostname: "www.news.bbc.co.uk" → "bbc.co.uk". */
export function baseDomain(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const keep =
    SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The site rules for a page URL: by exact hostname, then by base domain; null for generic pages. */
export function findSite(url: string | null): SiteRules | null {
  if (!url) return null;
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return BY_HOST.get(hostname) ?? BY_HOST.get(baseDomain(hostname)) ?? null;
}
