import type { SourceItem } from '../batch/types';
import type { Line } from './split-lines';

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

/**
 * Turns one JSONL line into a record `{ id, html | text, url?, publishedAt?, fetchedAt? }`, or an error line.
 * A line without an id gets `<source>:<line>`, so a rerun gives it the same id and --resume works.
 */
export function readJsonlRecord(line: Line, sourceName: string): SourceItem | null {
  const fallbackId = `${sourceName}:${line.number}`;
  if (line.text === null)
    return { id: fallbackId, error: { code: 'INPUT_TOO_LARGE', message: `line ${line.number} is too long` } };
  if (!line.text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    return {
      id: fallbackId,
      error: {
        code: 'INVALID_INPUT',
        message: `line ${line.number} is not JSON: ${(error as Error).message}`,
      },
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      id: fallbackId,
      error: { code: 'INVALID_INPUT', message: `line ${line.number} is ${describe(value)}, not an object` },
    };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  const url = typeof record.url === 'string' ? record.url : undefined;
  const publishedAt = typeof record.publishedAt === 'string' ? record.publishedAt : undefined;
  const fetchedAt = typeof record.fetchedAt === 'string' ? record.fetchedAt : undefined;
  const dates = { publishedAt, fetchedAt };
  if (typeof record.html === 'string') return { id, task: { id, html: record.html, url, ...dates } };
  if (typeof record.text === 'string') return { id, task: { id, text: record.text, url, ...dates } };
  return {
    id,
    error: {
      code: 'INVALID_INPUT',
      message: `line ${line.number} has neither an "html" nor a "text" string`,
    },
  };
}
