import { CopydeskError } from '../errors';
import { parseSelector } from '../read/html/select';
import type { SiteRules } from './define-site';

const SELECTOR_FIELDS = [
  'body',
  'remove',
  'headline',
  'byline',
  'authors',
  'dek',
  'image',
  'caption',
  'credit',
] as const;
const FIELDS = new Set<string>(['hostnames', 'publishedAt', ...SELECTOR_FIELDS]);

function fail(path: string, problem: string): never {
  throw new CopydeskError('INVALID_OPTION', `${path}: ${problem}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'object' || typeof value === 'undefined'
    ? `an ${typeof value}`
    : `a ${typeof value}`;
}

function checkSelector(path: string, value: unknown): void {
  if (typeof value !== 'string') fail(path, `must be a selector string, not ${describe(value)}`);
  try {
    parseSelector(value);
  } catch (error) {
    fail(path, (error as Error).message);
  }
}

function checkList(path: string, value: unknown, item: (path: string, value: unknown) => void): void {
  if (!Array.isArray(value)) fail(path, `must be an array, not ${describe(value)}`);
  for (const [i, v] of value.entries()) item(`${path}[${i}]`, v);
}

function checkDateSelector(path: string, value: unknown): void {
  if (typeof value === 'string') {
    checkSelector(path, value);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, `must be a selector string or { selector, attribute? }, not ${describe(value)}`);
  for (const key of Object.keys(value))
    if (key !== 'selector' && key !== 'attribute')
      fail(`${path}.${key}`, 'is not a field of a date selector');
  const { selector, attribute } = value as { selector?: unknown; attribute?: unknown };
  checkSelector(`${path}.selector`, selector);
  if (attribute !== undefined && (typeof attribute !== 'string' || !/^[\w:-]+$/.test(attribute)))
    fail(`${path}.attribute`, `must be an attribute name, not ${describe(attribute)}`);
}

function checkSite(path: string, value: unknown): SiteRules {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, `must be an object of site rules, not ${describe(value)}`);
  const rules = value as Record<string, unknown>;
  for (const key of Object.keys(rules))
    if (!FIELDS.has(key)) fail(`${path}.${key}`, 'is not a site rule field');
  if (rules.hostnames === undefined) fail(`${path}.hostnames`, 'is required');
  checkList(`${path}.hostnames`, rules.hostnames, (p, h) => {
    if (typeof h !== 'string' || !/^[a-z0-9.-]+$/i.test(h) || !/[a-z0-9]/i.test(h))
      fail(p, `must be a hostname such as "example.com", not ${describe(h)}`);
  });
  if ((rules.hostnames as unknown[]).length === 0) fail(`${path}.hostnames`, 'must name at least one host');
  for (const field of SELECTOR_FIELDS)
    if (rules[field] !== undefined) checkList(`${path}.${field}`, rules[field], checkSelector);
  if (rules.publishedAt !== undefined) checkList(`${path}.publishedAt`, rules.publishedAt, checkDateSelector);
  return rules as unknown as SiteRules;
}

/** Checks the caller's site rules, or throws INVALID_OPTION naming the field at fault ("sites[0].headline[1]"). */
export function validateSites(value: unknown): readonly SiteRules[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('sites', `must be an array of site rules, not ${describe(value)}`);
  return value.map((site, i) => checkSite(`sites[${i}]`, site));
}

/**
 * Checks site rules loaded from outside the program (a JSON file), as `parseArticle` checks `options.sites`:
 * throws INVALID_OPTION naming the field at fault ("sites[0].headline[1]: "h1[" is not a valid selector").
 */
export function assertSites(value: unknown): asserts value is SiteRules[] {
  validateSites(value);
}
