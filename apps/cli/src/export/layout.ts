import { SCHEMA_VERSION } from '@copydesk/core';

/**
 * The version of the export's table layout (tables, columns and their types); bumped on any change a
 * query could notice, like the Article's SCHEMA_VERSION beside it.
 */
// 1.1.0: the `media` table.
export const EXPORT_LAYOUT_VERSION = '1.1.0';

/** The Article schema version the layout was written against (rows come from Articles of this version). */
export const EXPORT_SCHEMA_VERSION = SCHEMA_VERSION;

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]';

/** One column: its snake_case name, its DuckDB type and what it holds (the README repeats these). */
export interface Column {
  name: string;
  type: ColumnType;
}

const col = (name: string, type: ColumnType): Column => ({ name, type });

/** Every table, keyed by the record id; spans are `start`/`end` UTF-16 offsets into `articles.text`. */
export const TABLES = {
  articles: [
    col('id', 'VARCHAR'),
    col('url', 'VARCHAR'),
    col('headline', 'VARCHAR'),
    col('dek', 'VARCHAR'),
    col('published_at', 'VARCHAR'),
    col('modified_at', 'VARCHAR'),
    col('language', 'VARCHAR'),
    col('site_name', 'VARCHAR'),
    col('word_count', 'INTEGER'),
    col('is_article', 'DOUBLE'),
    col('text', 'VARCHAR'),
  ],
  authors: [col('id', 'VARCHAR'), col('n', 'INTEGER'), col('name', 'VARCHAR'), col('role', 'VARCHAR')],
  // Not in the list: the "agencies by site" query needs the Article's `agencies`.
  agencies: [col('id', 'VARCHAR'), col('n', 'INTEGER'), col('agency', 'VARCHAR')],
  quotes: [
    col('id', 'VARCHAR'),
    col('n', 'INTEGER'),
    col('type', 'VARCHAR'),
    col('text', 'VARCHAR'),
    col('start', 'INTEGER'),
    col('end', 'INTEGER'),
    col('speaker', 'VARCHAR'),
    col('speaker_entity', 'VARCHAR'),
    col('cue', 'VARCHAR'),
    col('addressee', 'VARCHAR'),
  ],
  entities: [
    col('id', 'VARCHAR'),
    col('entity', 'VARCHAR'),
    col('type', 'VARCHAR'),
    col('name', 'VARCHAR'),
    col('aliases', 'VARCHAR[]'),
    col('mentions', 'INTEGER'),
  ],
  mentions: [
    col('id', 'VARCHAR'),
    col('entity', 'VARCHAR'),
    col('start', 'INTEGER'),
    col('end', 'INTEGER'),
    col('text', 'VARCHAR'),
  ],
  dates: [
    col('id', 'VARCHAR'),
    col('text', 'VARCHAR'),
    col('value', 'VARCHAR'),
    col('precision', 'VARCHAR'),
    col('start', 'INTEGER'),
    col('end', 'INTEGER'),
  ],
  casualties: [
    col('id', 'VARCHAR'),
    col('kind', 'VARCHAR'),
    col('count', 'DOUBLE'),
    col('qualifier', 'VARCHAR'),
    col('vague', 'VARCHAR'),
    col('who', 'VARCHAR'),
    col('start', 'INTEGER'),
    col('end', 'INTEGER'),
  ],
  media: [
    col('id', 'VARCHAR'),
    col('n', 'INTEGER'),
    col('kind', 'VARCHAR'),
    col('url', 'VARCHAR'),
    col('provider', 'VARCHAR'),
    col('title', 'VARCHAR'),
  ],
  errors: [col('id', 'VARCHAR'), col('code', 'VARCHAR'), col('message', 'VARCHAR')],
  meta: [col('key', 'VARCHAR'), col('value', 'VARCHAR')],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** A row's values in its table's column order. */
export type Cell = string | number | null | readonly string[];
export type Row = readonly Cell[];

/** `CREATE TABLE` for one table; names are quoted because `end` and `count` are SQL keywords. */
export function createTableSql(table: TableName): string {
  const columns = TABLES[table].map((c) => `"${c.name}" ${c.type}`).join(', ');
  return `CREATE TABLE "${table}" (${columns})`;
}

/** The `meta` table's rows: which layout and Article schema the tables follow. */
export function metaRows(): Row[] {
  return [
    ['layout_version', EXPORT_LAYOUT_VERSION],
    ['schema_version', EXPORT_SCHEMA_VERSION],
  ];
}
