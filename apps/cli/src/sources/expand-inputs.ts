import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from '../errors';

/** Files taken from a folder: articles, JSONL streams and WARC archives, plain or gzipped. */
const FOLDER_PATTERN = '**/*.{html,htm,xhtml,txt,text,jsonl,ndjson,warc}{,.gz}';

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

/**
 * Expands the INPUT arguments into files, in a stable order: a file as given, a folder to the article,
 * JSONL and WARC files under it (sorted), a glob to its matches (sorted). "-" stays "-" (stdin).
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) {
      files.push(input);
    } else if (info?.isDirectory()) {
      const found = await glob(FOLDER_PATTERN, { cwd: input, onlyFiles: true, expandDirectories: false });
      // A loop, not push(...found): a spread of a few hundred thousand paths overflows the call stack.
      for (const f of found.sort()) files.push(toPosix(join(input, f)));
    } else if (isDynamicPattern(input)) {
      // tinyglobby answers relative to cwd; keep an absolute pattern's matches absolute.
      const found = await glob(toPosix(input), {
        onlyFiles: true,
        expandDirectories: false,
        absolute: isAbsolute(input),
      });
      if (!found.length) throw new CliError(`no file matches ${input}`);
      for (const f of found.sort()) files.push(f);
    } else {
      throw new CliError(`cannot read ${input}: no such file or folder`);
    }
  }
  if (files.filter((f) => f === '-').length > 1) throw new CliError('stdin ("-") can be read only once');
  return files;
}
