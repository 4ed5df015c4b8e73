import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type ValidationIssue, validateArticle } from '@copydesk/core';
import { paint, wantsColor } from '../color';
import { CliError, usageError } from '../errors';
import { describeReadError } from '../io';
import { splitLines } from '../sources/split-lines';

export const VALIDATE_HELP = `Usage: copydesk validate FILE... [options]

Check Articles against the schema (and every span against the text) and print each
error with its path. A FILE holds one JSON Article, or JSONL: one Article a line, or
the { "id", "article" } lines "copydesk batch" writes (error lines are counted, not checked).

Options:
  -h, --help            show this help

Exit status: 0 when every Article is valid, 1 when any is not or a file cannot be read.
`;

interface Tally {
  valid: number;
  invalid: number;
  errorLines: number;
}

/** "$.paragraphs[3].text": a JSON path a person can follow. */
export function formatPath(path: (string | number)[]): string {
  let out = '$';
  for (const key of path)
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(key)}]`;
  return out;
}

/** Longest JSONL line checked; batch output lines are well below it. */
const MAX_LINE_BYTES = 256_000_000;

/** Reads a whole file as text, or fails the run with one clear line. */
async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeReadError(error)}`);
  }
}

/** The lines of a JSONL file, streamed so a batch output of any size can be checked. */
async function* readLines(file: string) {
  const stream = createReadStream(file);
  try {
    yield* splitLines(stream, MAX_LINE_BYTES);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeReadError(error)}`);
  }
}

export async function runValidate(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP);
    return;
  }
  if (!positionals.length) throw usageError('validate needs at least one FILE');
  const color = wantsColor(process.stdout);
  const tally: Tally = { valid: 0, invalid: 0, errorLines: 0 };
  const report = (where: string, issues: ValidationIssue[]) => {
    tally.invalid++;
    for (const issue of issues)
      process.stdout.write(`${where}: ${paint(color, 'red', formatPath(issue.path))}: ${issue.message}\n`);
  };
  const check = (where: string, value: unknown) => {
    const doc = value as Record<string, unknown> | null;
    let article: unknown = value;
    let label = where;
    if (doc && typeof doc === 'object' && 'id' in doc && ('article' in doc || 'error' in doc)) {
      label = `${where} (${String(doc.id)})`;
      if (!('article' in doc)) {
        tally.errorLines++;
        return;
      }
      article = doc.article;
    }
    const result = validateArticle(article);
    if (result.success) tally.valid++;
    else report(label, result.issues);
  };

  const checkDocument = (where: string, text: string) => {
    try {
      check(where, JSON.parse(text));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      report(where, [{ path: [], message: `not JSON: ${error.message}`, code: 'invalid_json' }]);
    }
  };

  for (const file of positionals) {
    // A .json file is one document; anything else is JSONL unless it opens like pretty-printed JSON.
    if (/\.json$/i.test(file)) {
      checkDocument(file, await readText(file));
      continue;
    }
    let first = true;
    for await (const line of readLines(file)) {
      if (first && line.text?.trim() === '{') {
        checkDocument(file, await readText(file));
        break;
      }
      first = false;
      const where = `${file}:${line.number}`;
      if (line.text === null) report(where, [{ path: [], message: 'line too long', code: 'too_long' }]);
      else if (line.text.trim()) checkDocument(where, line.text);
    }
  }
  const errorText = tally.errorLines ? `, ${tally.errorLines} error lines` : '';
  process.stderr.write(`copydesk: ${tally.valid} valid, ${tally.invalid} invalid${errorText}\n`);
  if (tally.invalid) process.exitCode = 1;
}
