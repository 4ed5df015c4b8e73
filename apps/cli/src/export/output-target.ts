import { mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError } from '../errors';
import { TABLE_NAMES } from './layout';

/** Where the export goes, written under a temporary name first so a failed run leaves nothing half-written. */
export interface OutputTarget {
  kind: 'duckdb' | 'parquet';
  /** The DuckDB database the tables are written into (a scratch file inside `parquetDir` for Parquet). */
  dbPath: string;
  /** The temporary folder the Parquet files are copied into; null for a DuckDB output. */
  parquetDir: string | null;
  /** Moves the finished output to its name. */
  commit(): Promise<void>;
  /** Removes everything written so far. */
  discard(): Promise<void>;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** One clear line for a folder the output cannot be created in. */
function unwritable(out: string, folder: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? `the folder ${folder} is not writable`
      : code === 'ENOENT' || code === 'ENOTDIR'
        ? `the folder ${folder} does not exist`
        : (error as Error).message;
  return new CliError(`cannot write ${out}: ${why}`);
}

/** Fails early, before any input is read, when the folder refuses new files. */
async function probeWritable(out: string, folder: string, probe: string): Promise<void> {
  try {
    await writeFile(probe, '', { flag: 'wx' });
    await unlink(probe);
  } catch (error) {
    throw unwritable(out, folder, error);
  }
}

/** The suffix that keeps temporary names of concurrent runs apart. */
const tempSuffix = () => `tmp-${process.pid}-${Date.now().toString(36)}`;

/** DuckDB's own companions of a database file: its write-ahead log and its spill folder. */
const companions = (db: string) => [db, `${db}.wal`, `${db}.tmp`];

/** The temporary database and every file beside it that DuckDB named after it. */
async function removeTemporary(db: string): Promise<void> {
  const stem = basename(db);
  const beside = await readdir(dirname(db)).catch(() => [] as string[]);
  const named = beside.filter((name) => name.startsWith(stem)).map((name) => join(dirname(db), name));
  await removeAll([...new Set([...companions(db), ...named])]);
}

async function removeAll(paths: string[]): Promise<void> {
  for (const path of paths) await rm(path, { recursive: true, force: true });
}

/**
 * Plans the output: a folder (`--out corpus/`, or an existing folder) gets one Parquet file a table, any other
 * path one DuckDB file. An existing output is refused unless `force`.
 */
export async function planOutput(out: string, force: boolean): Promise<OutputTarget> {
  const target = resolve(out);
  const existing = await statOrNull(target);
  const wantsFolder = out.endsWith('/') || out.endsWith(sep) || existing?.isDirectory() === true;
  if (!wantsFolder) return planDuckDb(out, target, existing !== null, force);
  return planParquet(out, target, existing !== null, force);
}

async function planDuckDb(
  out: string,
  target: string,
  exists: boolean,
  force: boolean,
): Promise<OutputTarget> {
  if (exists && !force) throw new CliError(`${out} already exists; use --force to replace it`);
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${tempSuffix()}`);
  await probeWritable(out, folder, temp);
  return {
    kind: 'duckdb',
    dbPath: temp,
    parquetDir: null,
    commit: async () => {
      // A stale log beside the old file would be replayed into the new one when it is opened.
      await rm(`${target}.wal`, { force: true });
      await rename(temp, target);
    },
    discard: () => removeTemporary(temp),
  };
}

async function planParquet(
  out: string,
  target: string,
  exists: boolean,
  force: boolean,
): Promise<OutputTarget> {
  if (exists && !force) {
    for (const table of TABLE_NAMES)
      if (await statOrNull(join(target, `${table}.parquet`)))
        throw new CliError(`${join(out, `${table}.parquet`)} already exists; use --force to replace it`);
  }
  // A new folder is built beside its name and renamed; into an existing one each file is renamed in turn.
  const folder = exists ? target : dirname(target);
  const temp = exists
    ? join(target, `.copydesk-export.${tempSuffix()}`)
    : join(folder, `.${basename(target)}.${tempSuffix()}`);
  try {
    await mkdir(temp);
  } catch (error) {
    throw unwritable(out, folder, error);
  }
  const dbPath = join(temp, '.export.duckdb');
  return {
    kind: 'parquet',
    dbPath,
    parquetDir: temp,
    commit: async () => {
      await removeAll(companions(dbPath));
      if (!exists) return rename(temp, target);
      for (const table of TABLE_NAMES)
        await rename(join(temp, `${table}.parquet`), join(target, `${table}.parquet`));
      await rm(temp, { recursive: true, force: true });
    },
    discard: () => rm(temp, { recursive: true, force: true }),
  };
}
