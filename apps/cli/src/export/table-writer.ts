import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, LIST, VARCHAR } from '@duckdb/node-api';
import { type Cell, createTableSql, metaRows, type Row, TABLE_NAMES, TABLES, type TableName } from './layout';

/** Rows between appender flushes: each flush hands DuckDB a batch, so no table buffers the whole input. */
const FLUSH_EVERY_RECORDS = 1_000;

/**
 * DuckDB's memory cap: it spills to disk past it. `pnpm bench export`: at 128 MB the peak grew 294 → 397 MB from
 * 1,000 to 10,000 records, at 64 MB 20.5% to 100,000; at 32 MB 11.9% to 100,000, at the same speed.
 */
const MEMORY_LIMIT = '32MB';
/** One DuckDB thread: the run is bound by parsing JSON in JavaScript, and each thread holds memory of its own. */
const THREADS = '1';

/** Quotes a string as an SQL literal (file paths in COPY cannot be bound as parameters). */
function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

// An empty list carries no item type of its own: the column's is given.
const VARCHAR_LIST = LIST(VARCHAR);

function appendCell(appender: DuckDBAppender, type: string, value: Cell): void {
  if (value === null) appender.appendNull();
  else if (Array.isArray(value)) appender.appendList(value as string[], VARCHAR_LIST);
  else if (type === 'INTEGER') appender.appendInteger(value as number);
  else if (type === 'DOUBLE') appender.appendDouble(value as number);
  else appender.appendVarchar(value as string);
}

/** Writes the export's tables into one DuckDB database file through appenders. */
export class TableWriter {
  private records = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly appenders: Record<TableName, DuckDBAppender>,
  ) {}

  /**
   * Creates the database at `path` (which must not exist) with every table of the layout. `opened` gets, as soon
   * as the file exists, a function that closes the database however far its set-up went: a run stopped while its
   * tables were being created must close it before removing the files, or DuckDB writes its log after them.
   */
  static async create(path: string, opened?: (abandon: () => void) => void): Promise<TableWriter> {
    const instance = await DuckDBInstance.create(path, { memory_limit: MEMORY_LIMIT, threads: THREADS });
    let connected: DuckDBConnection | null = null;
    opened?.(() => {
      try {
        connected?.closeSync();
        instance.closeSync();
      } catch {
        // Already closed or broken: the caller removes the files anyway.
      }
    });
    const connection = await instance.connect();
    connected = connection;
    for (const table of TABLE_NAMES) await connection.run(createTableSql(table));
    const appenders = {} as Record<TableName, DuckDBAppender>;
    for (const table of TABLE_NAMES) appenders[table] = await connection.createAppender(table);
    const writer = new TableWriter(instance, connection, appenders);
    for (const row of metaRows()) writer.append('meta', row);
    return writer;
  }

  append(table: TableName, row: Row): void {
    const appender = this.appenders[table];
    const columns = TABLES[table];
    for (let i = 0; i < columns.length; i++)
      appendCell(appender, (columns[i] as { type: string }).type, row[i] ?? null);
    appender.endRow();
  }

  /** Counts one input record done; every FLUSH_EVERY_RECORDS of them the buffered rows go to DuckDB. */
  endRecord(): void {
    if (++this.records % FLUSH_EVERY_RECORDS === 0)
      for (const appender of Object.values(this.appenders)) appender.flushSync();
  }

  /** Flushes and closes the appenders; the database stays open for `copyToParquet`. */
  finish(): void {
    for (const appender of Object.values(this.appenders)) appender.closeSync();
  }

  /** Writes each table as `<dir>/<table>.parquet`. */
  async copyToParquet(dir: string): Promise<void> {
    for (const table of TABLE_NAMES)
      await this.connection.run(
        `COPY "${table}" TO ${sqlString(`${dir}/${table}.parquet`)} (FORMAT PARQUET)`,
      );
  }

  /** Closes the database; DuckDB checkpoints it into the one file on the way. */
  async close(): Promise<void> {
    await this.connection.run('CHECKPOINT');
    this.connection.closeSync();
    this.instance.closeSync();
  }

  /** Closes without caring about the data (the run failed; the temporary file is removed next). */
  abandon(): void {
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } catch {
      // Already closed or broken: the caller removes the files anyway.
    }
  }
}
