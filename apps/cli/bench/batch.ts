// `pnpm bench batch [--text] [--jobs 1,2] [--records 1000,10000] [--skip-throughput] [--skip-memory]`
// Throughput (articles/s) and peak memory of `copydesk batch` over the WCXB development pages (HTML) or,
// with --text, over the PolNeAR articles (plain text); then memory flatness: the same run streamed as
// JSONL on stdin at 1,000 and 10,000 records must peak within 20%. Both runs cycle over the same first
// 1,000 pages (with distinct ids), so the larger run differs only in how many records pass through.
// Runs the built binary (pnpm build first). Peak memory is the process's VmHWM (Linux), workers included.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { reportFlatness } from './_flatness';

const CLI = resolve(import.meta.dirname, '../dist/cli.js');
const SHARED = process.env.COPYDESK_SHARED ?? resolve(import.meta.dirname, '../../../../shared');
const WCXB = join(SHARED, 'corpora/wcxb-dev/html');
const POLNEAR = join(SHARED, 'corpora/polnear-traindev/train/text');
const FLATNESS = 0.2;
const SAMPLE_MS = 50;

interface RunResult {
  seconds: number;
  lines: number;
  articles: number;
  errors: number;
  peakMb: number | null;
}

/** The highest resident set size the process has reached so far, in MB (Linux /proc). */
function readPeakMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `copydesk batch ...args --out -`, feeding `feed` into stdin, and counts the JSONL it writes. */
function runBatch(
  args: string[],
  feed?: (stdin: NodeJS.WritableStream) => Promise<void>,
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'batch', ...args, '--out', '-', '--progress', 'none'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let peakMb: number | null = null;
    const sample = setInterval(() => {
      peakMb = readPeakMb(child.pid as number) ?? peakMb;
    }, SAMPLE_MS);
    let rest = '';
    const counts = { lines: 0, articles: 0, errors: 0 };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const text = rest + chunk;
      let from = 0;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
        counts.lines++;
        // The key after the id says which kind of line it is, without parsing megabytes of JSON.
        if (text.startsWith('"article"', text.indexOf('",', from) + 2)) counts.articles++;
        else counts.errors++;
        from = at + 1;
      }
      rest = text.slice(from);
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) fail(new Error(`copydesk batch exited with ${code}`));
      else done({ seconds: (performance.now() - started) / 1000, ...counts, peakMb });
    });
    if (feed) feed(child.stdin).then(() => child.stdin.end(), fail);
    else child.stdin.end();
  });
}

/** Writes `count` JSONL records to stdin, cycling through the pages, waiting for the pipe to drain. */
async function feedRecords(
  stdin: NodeJS.WritableStream,
  pages: Buffer[],
  count: number,
  key: 'html' | 'text',
) {
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length] as Buffer;
    const body = key === 'html' ? gunzipSync(page).toString('utf8') : page.toString('utf8');
    const line = `${JSON.stringify({ id: `r${i}`, [key]: body })}\n`;
    if (!stdin.write(line)) await new Promise((r) => stdin.once('drain', r));
  }
}

function formatMb(mb: number | null): string {
  return mb === null ? 'n/a' : `${mb.toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      text: { type: 'boolean', default: false },
      jobs: { type: 'string', default: '1,2' },
      records: { type: 'string', default: '1000,10000' },
      'skip-throughput': { type: 'boolean', default: false },
      'skip-memory': { type: 'boolean', default: false },
    },
  });
  if (!existsSync(CLI)) throw new Error(`build first (pnpm build): ${CLI} is missing`);
  const dir = values.text ? POLNEAR : WCXB;
  if (!existsSync(dir)) throw new Error(`corpus not found: ${dir} (set COPYDESK_SHARED)`);
  const files = readdirSync(dir)
    .filter((f) => (values.text ? f.endsWith('.txt') : f.endsWith('.html.gz')))
    .sort();
  const mode = values.text ? 'text (PolNeAR train)' : 'HTML (WCXB dev)';
  process.stdout.write(`copydesk batch benchmark: ${mode}, ${files.length} files\n\n`);

  if (!values['skip-throughput']) {
    process.stdout.write(
      '| jobs | records | articles | errors | seconds | records/s | articles/s | peak memory |\n',
    );
    process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
    for (const jobs of values.jobs.split(',').map(Number)) {
      const r = await runBatch([dir, '--jobs', String(jobs)]);
      process.stdout.write(
        `| ${jobs} | ${r.lines} | ${r.articles} | ${r.errors} | ${r.seconds.toFixed(1)} | ${(r.lines / r.seconds).toFixed(1)} | ${(r.articles / r.seconds).toFixed(1)} | ${formatMb(r.peakMb)} |\n`,
      );
    }
    process.stdout.write('\n');
  }

  if (!values['skip-memory']) {
    const jobs = Math.max(...values.jobs.split(',').map(Number));
    const counts = values.records.split(',').map(Number);
    const pages = files.slice(0, Math.min(...counts)).map((f) => readFileSync(join(dir, f)));
    const key = values.text ? 'text' : 'html';
    const peaks: { count: number; r: RunResult }[] = [];
    process.stdout.write(
      `Memory flatness, JSONL on stdin (streaming mode), ${jobs} jobs, cycling over ${pages.length} pages:\n\n`,
    );
    process.stdout.write('| records | seconds | records/s | peak memory |\n| ---: | ---: | ---: | ---: |\n');
    for (const count of counts) {
      const r = await runBatch(['-', '--jobs', String(jobs)], (stdin) =>
        feedRecords(stdin, pages, count, key),
      );
      if (r.lines !== count) throw new Error(`expected ${count} lines, got ${r.lines}`);
      peaks.push({ count, r });
      process.stdout.write(
        `| ${count} | ${r.seconds.toFixed(1)} | ${(r.lines / r.seconds).toFixed(1)} | ${formatMb(r.peakMb)} |\n`,
      );
    }
    reportFlatness(peaks[0]?.r.peakMb, peaks[peaks.length - 1]?.r.peakMb, FLATNESS);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench batch: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
