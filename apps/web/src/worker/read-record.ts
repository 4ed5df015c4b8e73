import { type Article, CopydeskError, validateArticle } from '@copydesk/core';
import type { SchemaCheck } from './protocol';

/** True when the input reads as a copydesk JSON record (e.g. the CLI's output) rather than an article. */
export function looksLikeRecord(input: string): boolean {
  return input.trimStart().startsWith('{') && input.includes('"schemaVersion"');
}

/** Reads a saved record for viewing; a record that fails the schema check is refused, with the first issue. */
export function readRecord(input: string): { article: Article; check: SchemaCheck } {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (error) {
    throw new CopydeskError('INVALID_INPUT', `this is not JSON: ${(error as Error).message}`);
  }
  const validation = validateArticle(value);
  if (!validation.success) {
    const first = validation.issues[0]!;
    throw new CopydeskError(
      'INVALID_INPUT',
      `this JSON is not a valid copydesk record (${validation.issues.length} issue(s); first at ${first.path.join('.') || 'the root'}: ${first.message})`,
    );
  }
  return { article: validation.data, check: { success: true } };
}
