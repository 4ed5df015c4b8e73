#!/usr/bin/env node
// Builds the README's `copydesk export` sample and prints each example query with its real output.
// `node apps/cli/scripts/export-sample.mjs` after `pnpm build`: batches the core's test pages and the seed
// (with its date, 2017-11-19), exports them to a temporary DuckDB file and runs QUERIES on it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGES = join(ROOT, 'packages/core/test/pages');
const SEED = join(ROOT, 'seeds/afp-syria-albu-kamal-2017-11-19.txt');

export const QUERIES = [
  [
    'Most-quoted people',
    `SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.id) AS articles
FROM quotes q JOIN entities e ON e.id = q.id AND e.entity = q.speaker_entity
WHERE e.type = 'person'
GROUP BY q.speaker ORDER BY quotes DESC, q.speaker LIMIT 5;`,
  ],
  [
    'Entities by week (the most-mentioned of each week)',
    `WITH weekly AS (
  SELECT date_trunc('week', left(a.published_at, 10)::DATE)::DATE AS week, e.name, e.type,
         sum(e.mentions) AS mentioned
  FROM entities e JOIN articles a USING (id)
  WHERE a.published_at IS NOT NULL
  GROUP BY ALL
)
SELECT * FROM weekly
QUALIFY row_number() OVER (PARTITION BY week ORDER BY mentioned DESC, name) = 1
ORDER BY week DESC LIMIT 6;`,
  ],
  [
    'Casualty counts by place (the location named last before each count)',
    `WITH placed AS (
  SELECT c.id, c.kind, c.count, e.name AS place
  FROM casualties c
  JOIN mentions m ON m.id = c.id AND m."end" <= c."start"
  JOIN entities e ON e.id = m.id AND e.entity = m.entity AND e.type = 'location'
  QUALIFY row_number() OVER (PARTITION BY c.id, c."start" ORDER BY m."end" DESC) = 1
)
SELECT place, kind, sum(count) AS people, count(*) AS counts
FROM placed GROUP BY ALL ORDER BY people DESC NULLS LAST, place;`,
  ],
  [
    'Agencies by site',
    `SELECT coalesce(a.site_name, regexp_extract(a.url, '^https?://([^/]+)', 1), '(no site)') AS site,
       g.agency, count(*) AS articles
FROM agencies g JOIN articles a USING (id)
GROUP BY ALL ORDER BY articles DESC, site;`,
  ],
  [
    'Languages',
    `SELECT coalesce(lower(split_part(language, '-', 1)), '(unknown)') AS language,
       count(*) AS articles, round(avg(word_count))::INTEGER AS avg_words
FROM articles GROUP BY ALL ORDER BY articles DESC, language;`,
  ],
];

/** Rows as an aligned text table, the way a terminal shows them. */
function renderTable(columns, rows) {
  const cells = rows.map((r) => r.map((v) => (v === null ? 'NULL' : String(v))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((v, i) => v.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-export-sample-'));
  try {
    const records = join(dir, 'seed.jsonl');
    writeFileSync(
      records,
      `${JSON.stringify({ id: 'seeds/afp-syria-albu-kamal-2017-11-19.txt', text: readFileSync(SEED, 'utf8'), publishedAt: '2017-11-19' })}\n`,
    );
    const pages = readdirSync(PAGES)
      .sort()
      .flatMap((slug) => ['source.html', 'source.html.gz'].map((f) => join(PAGES, slug, f)))
      .filter((f) => existsSync(f));
    const batch = join(dir, 'articles.jsonl');
    const run = (args) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', stdio: 'pipe' });
    run(['batch', ...pages, records, '--out', batch, '--jobs', '1', '--progress', 'none']);
    const db = join(dir, 'corpus.duckdb');
    run(['export', batch, '--out', db]);
    const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const counts = await connection.runAndReadAll(
      `SELECT (SELECT count(*) FROM articles)::INTEGER AS articles, (SELECT count(*) FROM errors)::INTEGER AS errors`,
    );
    process.stdout.write(`sample: ${JSON.stringify(counts.getRowObjectsJson()[0])}\n\n`);
    for (const [title, sql] of QUERIES) {
      const reader = await connection.runAndReadAll(sql);
      const rows = reader.getRowsJson();
      process.stdout.write(
        `${title}:\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n\`\`\`text\n${renderTable(reader.columnNames(), rows)}\n\`\`\`\n\n`,
      );
    }
    connection.closeSync();
    instance.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`export-sample: ${error.message}\n`);
  process.exitCode = 1;
});
