import { readFileSync } from 'node:fs';
import { assertSites, isCopydeskError, type SiteRules } from '@copydesk/core';
import { usageError } from './errors';
import { describeReadError } from './io';

/** Reads `--sites FILE.json`, a JSON array of site rules; a file that cannot be used is a usage error. */
export function readSitesFile(file: string): SiteRules[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw usageError(`--sites ${file}: cannot read it: ${describeReadError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw usageError(`--sites ${file}: not valid JSON: ${(error as Error).message}`);
  }
  try {
    assertSites(value);
  } catch (error) {
    if (isCopydeskError(error)) throw usageError(`--sites ${file}: ${error.message}`);
    throw error;
  }
  return value;
}
