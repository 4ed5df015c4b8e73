import { createReadStream } from 'node:fs';
import { type Article, validateArticle } from '@copydesk/core';
import { CliError } from '../errors';
import { describeReadError } from '../io';
import { type Line, splitLines } from '../sources/split-lines';

/** Longest JSONL line read; the same bound as `copydesk validate`. */
const MAX_LINE_BYTES = 256_000_000;

/** Why a line is not a usable record: the `errors` row's code. */
export type BadLineCode = 'INVALID_INPUT' | 'INVALID_ARTICLE' | 'INVALID_SPANS';

/** What one JSONL line of `copydesk batch` output becomes. */
export type ExportRecord =
  | { kind: 'article'; id: string; article: Article }
  /** An error line batch wrote: a record that failed upstream, not a fault of this file. */
  | { kind: 'error'; id: string; code: string; message: string }
  /** A line that is not a valid record; `where` is `file:line` for the stderr report. */
  | { kind: 'bad'; id: string; code: BadLineCode; message: string; where: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads one line: an Article record, a batch error record, or a bad line (never throws on content). */
export function readRecord(file: string, line: Line): ExportRecord | null {
  const where = `${file}:${line.number}`;
  const bad = (code: BadLineCode, message: string, id = where): ExportRecord => ({
    kind: 'bad',
    id,
    code,
    message,
    where,
  });
  if (line.text === null) return bad('INVALID_INPUT', 'line too long');
  if (!line.text.trim()) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(line.text);
  } catch (error) {
    return bad('INVALID_INPUT', `not JSON (a truncated line?): ${(error as Error).message}`);
  }
  if (!isObject(doc) || typeof doc.id !== 'string' || !doc.id)
    return bad('INVALID_INPUT', 'not a copydesk batch record: needs a string "id"');
  const { id } = doc;
  if (isObject(doc.error) && !('article' in doc)) {
    const { code, message } = doc.error;
    if (typeof code === 'string' && typeof message === 'string') return { kind: 'error', id, code, message };
    return bad('INVALID_INPUT', 'error record without a string "code" and "message"', id);
  }
  if (!('article' in doc))
    return bad('INVALID_INPUT', 'not a copydesk batch record: no "article" or "error"', id);
  const result = validateArticle(doc.article);
  if (result.success) return { kind: 'article', id, article: result.data };
  const first = result.issues[0];
  const path = first ? first.path.join('.') || '(root)' : '(root)';
  const spans = result.issues.every((i) => i.code.startsWith('span_'));
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  return spans
    ? bad('INVALID_SPANS', `a span does not fit the text at ${path}: ${first?.message}${more}`, id)
    : bad('INVALID_ARTICLE', `not a valid Article at ${path}: ${first?.message}${more}`, id);
}

/** Every record of every file, streamed line by line so memory stays flat whatever their size. */
export async function* readRecords(files: readonly string[]): AsyncGenerator<ExportRecord> {
  for (const file of files) {
    const stream = file === '-' ? process.stdin : createReadStream(file);
    try {
      for await (const line of splitLines(stream, MAX_LINE_BYTES)) {
        const record = readRecord(file === '-' ? '(stdin)' : file, line);
        if (record) yield record;
      }
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${describeReadError(error)}`);
    }
  }
}
