// `pnpm bench export [--records 1000,100000]`
// Throughput (records/s) and peak memory of `copydesk export` into DuckDB, over synthetic batch output: the
// seed article parsed once, repeated with distinct ids, streamed into stdin (no input file on disk). Memory
// must stay flat: the largest run's peak within 20% of the smallest's. Runs the built binary (pnpm build
// first); peak memory is the process's VmHWM (Linux), DuckDB's native memory included. Not a test: it only
// reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '@copydesk/core';
import { reportFlatness } from './_flatness';

const CLI = resolve(import.meta.dirname, '../dist/cli.js');
const SEED = resolve(import.meta.dirname, '../../../seeds/afp-syria-albu-kamal-2017-11-19.txt');
const FLATNESS = 0.2;
const SAMPLE_MS = 50;

interface RunResult {
  seconds: number;
  peakMb: number | null;
  outputMb: number;
}

/** The highest resident set size the process has reached so far, in MB (Linux /proc). */
function readPeakMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `copydesk export - --out FILE`, writing `count` copies of the record (ids r0, r1 …) into stdin. */
function runExport(articleJson: string, count: number, out: string): Promise<RunResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'export', '-', '--out', out], {
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    let peakMb: number | null = null;
    const sample = setInterval(() => {
      peakMb = readPeakMb(child.pid as number) ?? peakMb;
    }, SAMPLE_MS);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) return fail(new Error(`copydesk export exited with ${code}`));
      done({ seconds: (performance.now() - started) / 1000, peakMb, outputMb: statSync(out).size / 1e6 });
    });
    const feed = async () => {
      const tail = `,"article":${articleJson}}\n`;
      for (let i = 0; i < count; i++)
        if (!child.stdin.write(`{"id":"r${i}"${tail}`))
          await new Promise((r) => child.stdin.once('drain', r));
      child.stdin.end();
    };
    feed().catch(fail);
  });
}

const formatMb = (mb: number | null) => (mb === null ? 'n/a' : `${mb.toFixed(0)} MB`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '1000,100000' } } });
  if (!existsSync(CLI)) throw new Error(`build first (pnpm build): ${CLI} is missing`);
  const article = parseArticle({ text: readFileSync(SEED, 'utf8'), publishedAt: '2017-11-19' });
  const json = JSON.stringify(article);
  const rows =
    article.quotes.length + article.entities.length + article.dates.length + article.casualties.length;
  process.stdout.write(
    `copydesk export benchmark: the seed Article (${(json.length / 1000).toFixed(0)} KB of JSON, ${rows} quotes, entities, dates and casualties) repeated, into DuckDB\n\n`,
  );
  process.stdout.write('| records | seconds | records/s | input MB/s | output | peak memory |\n');
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: |\n');
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-export-'));
  const peaks: number[] = [];
  try {
    for (const count of values.records.split(',').map(Number)) {
      const out = join(dir, `corpus-${count}.duckdb`);
      const r = await runExport(json, count, out);
      rmSync(out, { force: true });
      if (r.peakMb) peaks.push(r.peakMb);
      const mbps = (count * json.length) / 1e6 / r.seconds;
      process.stdout.write(
        `| ${count.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${(count / r.seconds).toFixed(0)} | ${mbps.toFixed(1)} | ${r.outputMb.toFixed(0)} MB | ${formatMb(r.peakMb)} |\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (peaks.length > 1) reportFlatness(peaks[0], peaks[peaks.length - 1], FLATNESS);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench export: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
