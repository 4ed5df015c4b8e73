import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type ValidationIssue, validateArticle } from '@copydesk/core';
import { paint, wantsColor } from '../color';
import { CliError, usageError } from '../errors';
import { describeReadError } from '../io';

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

function isJsonl(file: string, text: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  const first = text.indexOf('\n');
  return first !== -1 && first < text.trimEnd().length;
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

  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${describeReadError(error)}`);
    }
    if (!isJsonl(file, text)) {
      try {
        check(file, JSON.parse(text));
      } catch (error) {
        report(file, [{ path: [], message: `not JSON: ${(error as Error).message}`, code: 'invalid_json' }]);
      }
      continue;
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        report(`${file}:${i + 1}`, [
          { path: [], message: `not JSON: ${(error as Error).message}`, code: 'invalid_json' },
        ]);
        continue;
      }
      check(`${file}:${i + 1}`, value);
    }
  }
  const errorText = tally.errorLines ? `, ${tally.errorLines} error lines` : '';
  process.stderr.write(`copydesk: ${tally.valid} valid, ${tally.invalid} invalid${errorText}\n`);
  if (tally.invalid) process.exitCode = 1;
}
