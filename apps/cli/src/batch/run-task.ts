import { readFileSync } from 'node:fs';
import { type Article, type ArticleInput, CopydeskError, safeParseArticle } from '@copydesk/core';
import { describeReadError, gunzipBounded } from '../io';
import { errorLine, type Task } from './types';

function readTaskInput(task: Task): ArticleInput {
  if (task.file) {
    const bytes = readFileSync(task.file);
    return task.file.endsWith('.gz') ? gunzipBounded(bytes) : bytes;
  }
  if (task.bytes) return task.bytes;
  if (task.html !== undefined) return { html: task.html };
  return { text: task.text ?? '' };
}

/** Parses one record into its output line: `{ id, article }` or `{ id, error }`. Never throws. */
export function runTask(task: Task): { line: string; ok: boolean } {
  let input: ArticleInput;
  try {
    input = readTaskInput(task);
  } catch (error) {
    return {
      line: errorLine(task.id, {
        code: 'INVALID_INPUT',
        message: `cannot read ${task.file}: ${describeReadError(error)}`,
      }),
      ok: false,
    };
  }
  const result = safeParseArticle(input, { url: task.url, publishedAt: task.publishedAt, type: task.type });
  if (result.success)
    return { line: JSON.stringify({ id: task.id, article: result.data satisfies Article }), ok: true };
  const error =
    result.error instanceof CopydeskError
      ? result.error.toJSON()
      : { code: 'INTERNAL', message: String(result.error) };
  return { line: errorLine(task.id, error), ok: false };
}
