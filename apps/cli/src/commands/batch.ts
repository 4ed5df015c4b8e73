import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { SiteRules } from '@copydesk/core';
import { LineWriter } from '../batch/line-writer';
import { WorkerPool } from '../batch/pool';
import { type Counts, Progress, type ProgressMode } from '../batch/progress';
import { readDoneIds } from '../batch/resume';
import { errorLine, type Source } from '../batch/types';
import { usageError } from '../errors';
import { LIMIT_ARGS, LIMITS_HELP, type ParseLimitOptions, readLimits } from '../limits';
import { readSitesFile } from '../sites';
import { expandInputs } from '../sources/expand-inputs';
import { openFileSource, stdinSource } from '../sources/open-sources';

export const BATCH_HELP = `Usage: copydesk batch INPUT... --out FILE.jsonl|- [options]

Parse many articles into JSONL: one line per input record, { "id", "article" } or
{ "id", "error": { "code", "message" } }, so a bad record never stops the run.

Arguments:
  INPUT                 a file, a folder (its .html, .htm, .txt, .jsonl and .warc files,
                        plain or .gz), a glob ("pages/**/*.html"), or "-" for JSONL on stdin
                        JSONL: one record a line, { "id", "html" | "text", "url"?, "publishedAt"?,
                        "fetchedAt"? }
                        WARC: .warc or .warc.gz (as CC-NEWS ships them), one record per response

Options:
  -o, --out FILE|-      where to write the JSONL ("-" is stdout) (required)
  -j, --jobs N          worker threads (default and most: the number of CPU cores)
      --resume          skip ids already in the --out file, append the rest
      --unordered       write each line as soon as it is ready, not in input order
      --type TYPE       html | text: what article files hold (default: from the extension)
      --sites FILE      site rules (a JSON array, see defineSite) that win over the
                        generic rules on their hosts
${LIMITS_HELP}
      --timeout SECS    stop the worker stuck on one record after SECS seconds, whatever it
                        is doing (default: --parse-timeout + 30)
      --progress MODE   bar | lines | none (default: bar on a terminal, else lines)
  -h, --help            show this help

Exit status: 0 when every record has its line (error lines included), 1 when the run failed.
`;

// The worker's hard deadline leaves the core's own TIMEOUT room to fire first, with a typed error line.
const TIMEOUT_MARGIN_S = 30;

interface BatchOptions {
  out: string;
  jobs: number;
  resume: boolean;
  ordered: boolean;
  type: 'html' | 'text' | undefined;
  timeoutMs: number;
  progress: ProgressMode;
  sites: SiteRules[] | undefined;
  limits: ParseLimitOptions;
}

function readOptions(argv: string[]): { options: BatchOptions; inputs: string[] } | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      resume: { type: 'boolean', default: false },
      unordered: { type: 'boolean', default: false },
      type: { type: 'string' },
      sites: { type: 'string' },
      timeout: { type: 'string' },
      ...LIMIT_ARGS,
      progress: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  if (!positionals.length) throw usageError('batch needs at least one INPUT; see "copydesk batch --help"');
  if (!values.out) throw usageError('batch needs --out FILE.jsonl, or --out - for stdout');
  const cores = availableParallelism();
  let jobs = values.jobs === undefined ? cores : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw usageError(`--jobs must be a whole number ≥ 1, not "${values.jobs}"`);
  // Parsing is CPU-bound: threads beyond the cores only add memory and contention.
  if (jobs > cores) {
    process.stderr.write(
      `copydesk: --jobs ${jobs} is more than this machine's ${cores} cores; using ${cores}\n`,
    );
    jobs = cores;
  }
  const limits = readLimits(values);
  const type = values.type;
  if (type !== undefined && type !== 'html' && type !== 'text')
    throw usageError(`unknown --type "${type}": use html or text`);
  const timeout =
    values.timeout === undefined ? limits.timeoutMs / 1000 + TIMEOUT_MARGIN_S : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw usageError(`--timeout must be a positive number of seconds, not "${values.timeout}"`);
  const progress = values.progress ?? (process.stderr.isTTY ? 'bar' : 'lines');
  if (progress !== 'bar' && progress !== 'lines' && progress !== 'none')
    throw usageError(`unknown --progress "${progress}": use bar, lines or none`);
  if (values.resume && values.out === '-') throw usageError('--resume needs an --out file, not stdout');
  const sites = values.sites === undefined ? undefined : readSitesFile(values.sites);
  return {
    inputs: positionals,
    options: {
      out: values.out,
      jobs,
      resume: values.resume,
      ordered: !values.unordered,
      type,
      timeoutMs: timeout * 1000,
      progress,
      sites,
      limits,
    },
  };
}

/**
 * A counting semaphore: at most `size` records between reading and their line being written.
 * `abort` rejects every waiter (racing each wait against a never-settling promise would leak a reaction
 * per record).
 */
function createSlots(size: number) {
  let free = size;
  let failure: Error | null = null;
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const acquire = async (): Promise<void> => {
    if (failure) throw failure;
    if (free > 0) free--;
    else await new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
  };
  return {
    acquire,
    release: (): void => {
      const next = waiting.shift();
      if (next) next.resolve();
      else free++;
    },
    /** Waits until every record has been written, by taking every slot. */
    drain: async (): Promise<void> => {
      for (let i = 0; i < size; i++) await acquire();
    },
    abort: (error: Error): void => {
      failure ??= error;
      for (const waiter of waiting.splice(0)) waiter.reject(error);
    },
  };
}

function openOutput(options: BatchOptions): Writable {
  if (options.out === '-') return process.stdout;
  return createWriteStream(options.out, { flags: options.resume ? 'a' : 'w' });
}

export async function runBatch(argv: string[]): Promise<void> {
  const read = readOptions(argv);
  if (!read) {
    process.stdout.write(BATCH_HELP);
    return;
  }
  const { options, inputs } = read;
  const files = await expandInputs(inputs);
  if (options.out !== '-' && files.some((f) => f !== '-' && resolve(f) === resolve(options.out)))
    throw usageError(`the output ${options.out} is also an input`);
  const done = options.resume ? await readDoneIds(options.out) : new Set<string>();
  const sources: Source[] = [];
  for (const file of files)
    sources.push(file === '-' ? stdinSource() : await openFileSource(file, options.type));

  const sizes = sources.map((s) => s.size);
  const total = sizes.every((s) => s !== null) ? sizes.reduce((a: number, b) => a + (b ?? 0), 0) : null;
  let finishedBytes = 0;
  let current: Source | null = null;
  const fraction = () =>
    total ? Math.min(1, (finishedBytes + (current?.bytesRead() ?? 0)) / total) : total === 0 ? 1 : null;

  const counts: Counts = { ok: 0, errors: 0, skipped: 0 };
  const progress = new Progress(process.stderr, options.progress, counts, fraction);
  const output = openOutput(options);
  const slots = createSlots(Math.max(8, options.jobs * 4));
  // The run stops when the output cannot be written or the parser cannot start.
  let fatal: Error | null = null;
  const stop = (error: Error) => {
    fatal ??= error;
    slots.abort(error);
  };
  output.once('error', stop);
  const writer = new LineWriter(output, options.ordered);
  const pool = new WorkerPool(new URL('./worker.js', import.meta.url), options.jobs, options.timeoutMs, {
    sites: options.sites,
    limits: options.limits,
  });
  let seq = 0;

  const emit = (n: number, line: string, ok: boolean) => {
    if (ok) counts.ok++;
    else counts.errors++;
    writer.put(n, line).then(slots.release);
  };

  try {
    for (const source of sources) {
      current = source;
      try {
        for await (const item of source.items()) {
          if (done.has(item.id)) {
            counts.skipped++;
            continue;
          }
          await slots.acquire();
          const n = seq++;
          if ('error' in item) emit(n, errorLine(item.id, item.error), false);
          else pool.run(n, item.task).then((r) => emit(n, r.line, r.ok), stop);
        }
      } catch (error) {
        if (fatal) throw fatal;
        // A stream that breaks midway (a truncated .gz): one error line for the rest of it.
        const id = source.name;
        if (!done.has(id)) {
          await slots.acquire();
          emit(
            seq++,
            errorLine(id, {
              code: 'INVALID_INPUT',
              message: `cannot read ${id} to its end: ${(error as Error).message}`,
            }),
            false,
          );
        }
      }
      finishedBytes += source.size ?? 0;
      current = null;
    }
    await slots.drain();
    await writer.close(options.out !== '-');
  } finally {
    await pool.close();
    progress.finish(options.out);
  }
}
