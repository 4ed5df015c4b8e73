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
casualties, errors, meta; every row keyed by the record id.

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

/** The database an export has open, so that a signal closes it before its files are removed. */
interface OpenWriter {
  /** Closes the database being written, from the moment its file exists until the export is done. */
  abandon: (() => void) | null;
}

async function writeTables(
  target: OutputTarget,
  inputs: string[],
  tally: Tally,
  open: OpenWriter,
): Promise<void> {
  const writer = await TableWriter.create(target.dbPath, (abandon) => {
    open.abandon = abandon;
  });
  open.abandon = () => writer.abandon();
  try {
    for await (const record of readRecords(inputs)) {
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
    if (target.parquetDir) await writer.copyToParquet(target.parquetDir);
    await writer.close();
    open.abandon = null;
  } catch (error) {
    open.abandon = null;
    writer.abandon();
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
  const open: OpenWriter = { abandon: null };
  const onSignal = (signal: NodeJS.Signals) => {
    // An open database may still write its log after the files are removed (a stray ".wal" was seen under load,
    // from a run stopped while its tables were being created): it is closed first, however far its set-up went.
    open.abandon?.();
    open.abandon = null;
    void planning
      .then((t) => t.discard())
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
    await writeTables(target, positionals, tally, open);
    await target.commit();
  } catch (error) {
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
