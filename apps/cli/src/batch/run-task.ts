import { readFileSync, statSync } from 'node:fs';
import { type Article, type ArticleInput, CopydeskError, safeParseArticle } from '@copydesk/core';
import { describeReadError, gunzipBounded, MAX_INPUT_BYTES } from '../io';
import { errorLine, type RecordError, type Task, type WorkerSetup } from './types';

/** The task's input, or why its file cannot be read. */
function readTaskInput(task: Task, maxBytes: number): ArticleInput | RecordError {
  if (task.file) {
    try {
      // Checked before reading, so a huge file costs nothing; the core would refuse it anyway.
      const size = statSync(task.file).size;
      if (size > maxBytes) {
        const message = `the file is ${size.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')} (--max-input)`;
        return { code: 'INPUT_TOO_LARGE', message };
      }
      const bytes = readFileSync(task.file);
      return task.file.endsWith('.gz') ? gunzipBounded(bytes) : bytes;
    } catch (error) {
      return { code: 'INVALID_INPUT', message: `cannot read ${task.file}: ${describeReadError(error)}` };
    }
  }
  if (task.bytes) return task.bytes;
  if (task.html !== undefined) return { html: task.html };
  return { text: task.text ?? '' };
}

function isRecordError(value: ArticleInput | RecordError): value is RecordError {
  return typeof value === 'object' && 'code' in value && 'message' in value;
}

/** Parses one record into its output line: `{ id, article }` or `{ id, error }`. Never throws. */
export function runTask(task: Task, setup: WorkerSetup = {}): { line: string; ok: boolean } {
  const input = readTaskInput(task, setup.limits?.maxInputLength ?? MAX_INPUT_BYTES);
  if (isRecordError(input)) return { line: errorLine(task.id, input), ok: false };
  const result = safeParseArticle(input, {
    url: task.url,
    publishedAt: task.publishedAt,
    fetchedAt: task.fetchedAt,
    type: task.type,
    sites: setup.sites,
    limits: setup.limits,
  });
  if (result.success)
    return { line: JSON.stringify({ id: task.id, article: result.data satisfies Article }), ok: true };
  const error =
    result.error instanceof CopydeskError
      ? result.error.toJSON()
      : { code: 'INTERNAL', message: String(result.error) };
  return { line: errorLine(task.id, error), ok: false };
}
