import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, usageError } from '../errors';
import { EXPORT_LAYOUT_VERSION } from '../export/layout';
import { type OutputTarget, planOutput } from '../export/output-target';
import { readRecords } from '../export/read-records';
import { TableWriter } from '../export/table-writer';
import { toRows } from '../export/to-rows';
import { describeReadError } from '../io';

export const EXPORT_HELP = `Usage: copydesk export INPUT.jsonl... --out FILE.duckdb|FOLDER/ [options]

Turn "copydesk batch" output into tables: a DuckDB database, or a folder of Parquet
files (one a table) when --out ends with "/" or is an existing folder. Tables (layout
${EXPORT_LAYOUT_VERSION}): articles, authors, agencies, quotes, entities, mentions, dates,
casualties, media, errors, meta; every row keyed by the record id.

Arguments:
  INPUT                 JSONL as "copydesk batch" writes it, or "-" for stdin

Options:
  -o, --out PATH        the DuckDB file, or the folder for Parquet (required)
  -f, --force           replace an existing DuckDB file or Parquet files
  -h, --help            show this help

Every input line becomes one row of articles or of errors. A line that is not JSON,
not a batch record, or not a valid Article (spans included) is an errors row and a
line on stderr naming its file and line number.

Exit status: 0 when every line was a valid record, 1 when any was not or the export
failed (then nothing is written), 2 for a bad command line.
`;

interface Tally {
  articles: number;
  errors: number;
  bad: number;
}

/** Checks every input before any output exists, so a typo costs nothing. */
async function checkInputs(inputs: string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      if ((await stat(input)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    } catch (error) {
      throw new CliError(`cannot read ${input}: ${describeReadError(error)}`);
    }
  }
}

/**
 * The export's hold on its DuckDB database, so that a signal can stop it cleanly. DuckDB does its file work on
 * its own threads: a database being created, a table being made or a checkpoint under way can write a file after
 * the run has removed them (a stray ".wal" or database file was seen three times under load). A signal therefore
 * lets the step in flight settle, closes the database, and only then removes the files; no step starts after it.
 */
class ExportRun {
  /** Set by a signal; from then on no DuckDB step starts. */
  stopping: Promise<void> | null = null;
  /** Closes the database being written, from the moment its file exists until the export is done. */
  abandon: (() => void) | null = null;
  private busy: Promise<unknown> = Promise.resolve();

  /** Starts one asynchronous DuckDB step, unless the run is being stopped. */
  step<T>(start: () => Promise<T>): Promise<T> {
    if (this.stopping) throw new Error('the export was stopped');
    const started = start();
    this.busy = started.catch(() => {});
    return started;
  }

  /** Waits until no DuckDB step is in flight. */
  async settle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.busy;
      await seen;
    } while (seen !== this.busy);
  }

  close(): void {
    this.abandon?.();
    this.abandon = null;
  }
}

async function writeTables(
  target: OutputTarget,
  inputs: string[],
  tally: Tally,
  run: ExportRun,
): Promise<void> {
  const writer = await run.step(() =>
    TableWriter.create(target.dbPath, (abandon) => {
      run.abandon = abandon;
    }),
  );
  run.abandon = () => writer.abandon();
  try {
    for await (const record of readRecords(inputs)) {
      if (run.stopping) throw new Error('the export was stopped');
      if (record.kind === 'article') {
        tally.articles++;
        const rows = toRows(record.id, record.article);
        for (const [table, list] of Object.entries(rows))
          for (const row of list) writer.append(table as keyof typeof rows, row);
      } else {
        tally.errors++;
        writer.append('errors', [record.id, record.code, record.message]);
        if (record.kind === 'bad') {
          tally.bad++;
          process.stderr.write(`copydesk: ${record.where}: ${record.message}\n`);
        }
      }
      writer.endRecord();
    }
    writer.finish();
    const parquetDir = target.parquetDir;
    if (parquetDir) await run.step(() => writer.copyToParquet(parquetDir));
    await run.step(() => writer.close());
    run.abandon = null;
  } catch (error) {
    if (!run.stopping) run.close();
    throw error;
  }
}

export async function runExport(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', short: 'f', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXPORT_HELP);
    return;
  }
  if (!positionals.length)
    throw usageError('export needs at least one INPUT.jsonl; see "copydesk export --help"');
  if (!values.out) throw usageError('export needs --out FILE.duckdb, or --out FOLDER/ for Parquet');
  const out = values.out;
  if (positionals.some((input) => input !== '-' && resolve(input) === resolve(out)))
    throw usageError(`the output ${out} is also an input`);
  await checkInputs(positionals);

  // An interrupted export leaves no temporary files behind, even one stopped while its temporary database is
  // being created: the handlers are in place first, and wait for the target before discarding it.
  const planning = planOutput(out, values.force);
  const run = new ExportRun();
  const onSignal = (signal: NodeJS.Signals) => {
    run.stopping = planning
      .then(async (planned) => {
        await run.settle();
        run.close();
        await planned.discard();
      })
      .catch(() => {})
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let target: Awaited<typeof planning>;
  try {
    target = await planning;
  } catch (error) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    throw error;
  }
  const tally: Tally = { articles: 0, errors: 0, bad: 0 };
  try {
    await writeTables(target, positionals, tally, run);
    await target.commit();
  } catch (error) {
    // A signal's handler is cleaning up and exits with the signal's status; an error here must not exit first.
    if (run.stopping) await run.stopping;
    await target.discard();
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${out}: ${(error as Error).message}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const what = target.kind === 'duckdb' ? 'DuckDB' : 'Parquet';
  const badText = tally.bad ? ` (${tally.bad} bad lines)` : '';
  process.stderr.write(
    `copydesk: ${tally.articles + tally.errors} records to ${out} (${what}): ${tally.articles} articles, ${tally.errors} errors${badText}\n`,
  );
  if (tally.bad) process.exitCode = 1;
}
