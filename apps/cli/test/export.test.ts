import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '@copydesk/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, makeTempDir, ROOT, readJsonl, runCli, SEED } from './_run';

const tmp = makeTempDir();
afterAll(tmp.remove);
const BATCH = join(tmp.dir, 'batch.jsonl');
const PAGE = join(ROOT, 'packages/core/test/pages/001-news-json-ld/source.html');
let lines: ReturnType<typeof readJsonl> = [];
let seedArticle: Article;

/** Runs one query on a database (a file, or ':memory:' for Parquet) and returns its rows as objects. */
async function query(sql: string, path = ':memory:'): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(path, path === ':memory:' ? {} : { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const TABLES = [
  'articles',
  'authors',
  'agencies',
  'quotes',
  'entities',
  'mentions',
  'dates',
  'casualties',
  'media',
  'errors',
];

/** What each table should hold for the batch output: counted from the Articles themselves. */
function expectedCounts(): Record<string, number> {
  const articles = lines.filter((l) => l.article).map((l) => l.article as Article);
  const sum = (f: (a: Article) => number) => articles.reduce((n, a) => n + f(a), 0);
  return {
    articles: articles.length,
    authors: sum((a) => a.authors.length),
    agencies: sum((a) => a.agencies.length),
    quotes: sum((a) => a.quotes.length),
    entities: sum((a) => a.entities.length),
    mentions: sum((a) => a.entities.reduce((n, e) => n + e.mentions.length, 0)),
    dates: sum((a) => a.dates.length),
    casualties: sum((a) => a.casualties.length),
    media: sum((a) => a.media.length),
    errors: lines.filter((l) => l.error).length,
  };
}

async function countRows(from: (table: string) => string, path?: string): Promise<Record<string, number>> {
  const sql = TABLES.map((t) => `SELECT '${t}' AS t, count(*)::INTEGER AS n FROM ${from(t)}`).join(
    ' UNION ALL ',
  );
  const rows = await query(sql, path);
  return Object.fromEntries(rows.map((r) => [r.t as string, r.n as number]));
}

beforeAll(async () => {
  // A small batch output of the repository's own inputs: the seed (with its date), an HTML fixture, an empty file.
  const records = join(tmp.dir, 'records.jsonl');
  writeFileSync(
    records,
    [
      { id: 'seed', text: readFileSync(SEED, 'utf8'), publishedAt: '2017-11-19' },
      { id: 'page', html: readFileSync(PAGE, 'utf8') },
      { id: 'empty', text: '' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const ran = await runCli(['batch', records, '--out', BATCH, '--jobs', '1', '--progress', 'none']);
  expect(ran.code).toBe(0);
  lines = readJsonl(readFileSync(BATCH, 'utf8'));
  seedArticle = lines.find((l) => l.id === 'seed')?.article as Article;
  expect(seedArticle.quotes.length).toBeGreaterThan(0);
}, 120_000);

describe('copydesk export to DuckDB', () => {
  const db = join(tmp.dir, 'corpus.duckdb');

  it('writes every table with one row per item, errors included, and exits 0', async () => {
    const ran = await runCli(['export', BATCH, '--out', db]);
    expect(ran.stderr).toBe(`copydesk: 3 records to ${db} (DuckDB): 2 articles, 1 errors\n`);
    expect(ran.code).toBe(0);
    expect(await countRows((t) => `"${t}"`, db)).toEqual(expectedCounts());
    expect(await query('SELECT key, value FROM meta ORDER BY key', db)).toEqual([
      { key: 'layout_version', value: '1.1.0' },
      { key: 'schema_version', value: seedArticle.schemaVersion },
    ]);
    expect(await query(`SELECT id, code FROM errors`, db)).toEqual([{ id: 'empty', code: 'EMPTY_INPUT' }]);
    // Nothing but the database itself is left beside it.
    expect(readdirSync(tmp.dir).filter((f) => f.includes('corpus'))).toEqual(['corpus.duckdb']);
  });

  it("keeps each quote's speaker, and spans that slice the article's text", async () => {
    const quotes = await query(`SELECT * FROM quotes WHERE id = 'seed' ORDER BY n`, db);
    expect(quotes).toHaveLength(seedArticle.quotes.length);
    const first = seedArticle.quotes.findIndex((q) => q.speaker?.entityId);
    expect(quotes[first]).toMatchObject({
      n: first,
      speaker: seedArticle.quotes[first]?.speaker?.name,
      speaker_entity: seedArticle.quotes[first]?.speaker?.entityId,
      text: seedArticle.quotes[first]?.text,
    });
    const [{ text }] = (await query(`SELECT text FROM articles WHERE id = 'seed'`, db)) as [{ text: string }];
    expect(text).toBe(seedArticle.text);
    for (const table of ['quotes', 'mentions', 'dates']) {
      const rows = await query(`SELECT "start", "end", text FROM ${table} WHERE id = 'seed'`, db);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(text.slice(row.start as number, row.end as number)).toBe(row.text);
    }
    const casualties = await query(
      `SELECT "start", "end" FROM casualties WHERE id = 'seed' ORDER BY "start"`,
      db,
    );
    expect(casualties.map((c) => text.slice(c.start as number, c.end as number))).toEqual(
      [...seedArticle.casualties].sort((a, b) => a.span.start - b.span.start).map((c) => c.span.text),
    );
  });

  it('refuses an existing file without --force, and replaces it with --force', async () => {
    const before = readFileSync(db);
    const refused = await runCli(['export', BATCH, '--out', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`copydesk: ${db} already exists; use --force to replace it\n`);
    expect(readFileSync(db).equals(before)).toBe(true);
    const forced = await runCli(['export', BATCH, '--out', db, '--force']);
    expect(forced.code).toBe(0);
    expect((await countRows((t) => `"${t}"`, db)).articles).toBe(2);
  });
});

describe('copydesk export to Parquet', () => {
  it('writes one Parquet file a table into a new folder, readable by DuckDB', async () => {
    const folder = join(tmp.dir, 'parquet');
    const ran = await runCli(['export', BATCH, '--out', `${folder}/`]);
    expect(ran.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([...TABLES, 'meta'].map((t) => `${t}.parquet`).sort());
    expect(await countRows((t) => `read_parquet('${join(folder, `${t}.parquet`)}')`)).toEqual(
      expectedCounts(),
    );
    const rows = await query(
      `SELECT q.text, q."start", q."end", a.text AS body FROM read_parquet('${folder}/quotes.parquet') q
       JOIN read_parquet('${folder}/articles.parquet') a USING (id)`,
    );
    for (const row of rows)
      expect((row.body as string).slice(row.start as number, row.end as number)).toBe(row.text);
    // Into the same folder again: refused, then replaced with --force.
    const again = await runCli(['export', BATCH, '--out', folder]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/articles\.parquet already exists; use --force/);
    expect((await runCli(['export', BATCH, '--out', folder, '--force'])).code).toBe(0);
    expect(readdirSync(folder)).toHaveLength(TABLES.length + 1);
  });
});

describe('copydesk export of bad input', () => {
  it('exports every good line of a truncated, partly malformed JSONL and reports each bad one', async () => {
    const good = readFileSync(BATCH, 'utf8').trimEnd().split('\n');
    const seedLine = good.find((l) => l.startsWith('{"id":"seed"')) as string;
    const broken = structuredClone(seedArticle);
    broken.quotes[0] = { ...(broken.quotes[0] as Article['quotes'][number]) };
    (broken.quotes[0] as { span: { start: number } }).span = { ...broken.quotes[0].span, start: 1 };
    const input = join(tmp.dir, 'bad.jsonl');
    writeFileSync(
      input,
      [
        ...good,
        'this is not json',
        '{"hello":"world"}',
        JSON.stringify({ id: 'not-an-article', article: { headline: 'x' } }),
        JSON.stringify({ id: 'bad-span', article: broken }),
        seedLine.slice(0, 500),
      ].join('\n'),
    );
    const out = join(tmp.dir, 'bad.duckdb');
    const ran = await runCli(['export', input, '--out', out]);
    expect(ran.code).toBe(1);
    const errs = ran.stderr.trimEnd().split('\n');
    expect(errs).toEqual([
      expect.stringMatching(new RegExp(`^copydesk: ${input}:4: not JSON`)),
      `copydesk: ${input}:5: not a copydesk batch record: needs a string "id"`,
      expect.stringMatching(new RegExp(`^copydesk: ${input}:6: not a valid Article at `)),
      expect.stringMatching(
        new RegExp(`^copydesk: ${input}:7: a span does not fit the text at quotes\\.0\\.span`),
      ),
      expect.stringMatching(new RegExp(`^copydesk: ${input}:8: not JSON \\(a truncated line\\?\\)`)),
      `copydesk: 8 records to ${out} (DuckDB): 2 articles, 6 errors (5 bad lines)`,
    ]);
    expect(await query(`SELECT id, code FROM errors ORDER BY id`, out)).toEqual(
      [
        { id: 'empty', code: 'EMPTY_INPUT' },
        { id: `${input}:4`, code: 'INVALID_INPUT' },
        { id: `${input}:5`, code: 'INVALID_INPUT' },
        { id: 'not-an-article', code: 'INVALID_ARTICLE' },
        { id: 'bad-span', code: 'INVALID_SPANS' },
        { id: `${input}:8`, code: 'INVALID_INPUT' },
      ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
    expect((await countRows((t) => `"${t}"`, out)).articles).toBe(2);
  });

  it('says so in one line when the folder is not writable, and leaves nothing behind', async () => {
    let folder = join(tmp.dir, 'read-only');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    // root writes anywhere: run the CLI as "nobody" then, or, where nobody cannot reach the CLI, write into /sys.
    let as: { uid?: number; gid?: number } = {};
    if (process.getuid?.() === 0) {
      chmodSync(tmp.dir, 0o755);
      const nobody = { uid: 65534, gid: 65534 };
      if (spawnSync(process.execPath, [CLI, '--version'], nobody).status === 0) as = nobody;
      else folder = '/sys';
    }
    const before = readdirSync(folder);
    const db = join(folder, 'corpus.duckdb');
    const ran = await runCli(['export', BATCH, '--out', db], as);
    expect(ran.stderr).toBe(`copydesk: cannot write ${db}: the folder ${folder} is not writable\n`);
    expect(ran.code).toBe(1);
    expect(readdirSync(folder)).toEqual(before);
    const parquet = await runCli(['export', BATCH, '--out', join(folder, 'corpus/')], as);
    expect(parquet.stderr).toBe(
      `copydesk: cannot write ${join(folder, 'corpus/')}: the folder ${folder} is not writable\n`,
    );
    expect(parquet.code).toBe(1);
    expect(readdirSync(folder)).toEqual(before);
  });

  it('removes its temporary files when it is stopped midway', async () => {
    const folder = join(tmp.dir, 'stopped');
    mkdirSync(folder);
    const child = spawn(process.execPath, [CLI, 'export', '-', '--out', join(folder, 'corpus.duckdb')], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    // Keep stdin open so the export is mid-run, with its temporary database created, when it is stopped.
    child.stdin.write(`${readFileSync(BATCH, 'utf8')}`);
    for (let waited = 0; readdirSync(folder).length === 0 && waited < 20_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    const written = readdirSync(folder);
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) expect(name).toMatch(/^\.corpus\.duckdb\.tmp-/);
    const code = await new Promise((r) => {
      child.on('exit', r);
      child.kill('SIGTERM');
    });
    expect(code).toBe(143);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('checks its inputs before writing anything', async () => {
    const out = join(tmp.dir, 'never.duckdb');
    const ran = await runCli(['export', join(tmp.dir, 'missing.jsonl'), '--out', out]);
    expect(ran.stderr).toBe(`copydesk: cannot read ${join(tmp.dir, 'missing.jsonl')}: no such file\n`);
    expect(ran.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect((await runCli(['export', BATCH])).code).toBe(2);
  });
});
