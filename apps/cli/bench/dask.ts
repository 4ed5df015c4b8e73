// `pnpm bench dask [--records 10000] [--partition 500] [--workers 1,2]`
// Throughput (records/s) of examples/dask/copydesk_dask.py on a real Dask distributed cluster (a scheduler and
// N single-threaded workers, separate processes on 127.0.0.1) over generated short wire stories, beside one
// machine's `copydesk batch --jobs 1` on the same records. Time runs from all workers joined to the last part
// written (cluster start-up excluded). Needs Debian's python3-distributed and the built binary (pnpm build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateRecords,
  readOutput,
  readSummary,
  requireDistributed,
  startCluster,
  startJob,
  writeInputs,
} from '../test/_dask';
import { makeTempDir, runCli } from '../test/_run';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    partition: { type: 'string', default: '500' },
    workers: { type: 'string', default: '1,2' },
  },
});
const count = Number(values.records);
const size = Number(values.partition);
const workerCounts = values.workers.split(',').map(Number);

requireDistributed();
const tmp = makeTempDir();
try {
  const { input, parts } = writeInputs(tmp.dir, generateRecords(count), size);
  const started = performance.now();
  const one = await runCli(['batch', input, '--out', '-', '--jobs', '1', '--progress', 'none']);
  if (one.code !== 0) throw new Error(one.stderr);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${count} records, ${Math.ceil(count / size)} partitions of ${size}, ${readFileSync(input).length} bytes\n`,
  );
  process.stdout.write(
    `one machine, copydesk batch --jobs 1: ${seconds.toFixed(2)} s, ${(count / seconds).toFixed(0)} records/s\n`,
  );
  for (const n of workerCounts) {
    const dir = join(tmp.dir, `cluster-${n}`);
    const cluster = await startCluster(dir, n);
    try {
      const out = join(dir, 'out');
      const { code, stderr } = await startJob(cluster, parts, out, n).done;
      if (code !== 0) throw new Error(stderr);
      const summary = readSummary(stderr);
      const same = readOutput(out) === one.stdout;
      process.stdout.write(
        `dask, ${n} worker${n === 1 ? '' : 's'}: ${summary.seconds.toFixed(2)} s, ` +
          `${summary.recordsPerSecond.toFixed(0)} records/s, output ${same ? 'identical to' : 'DIFFERS from'} one machine\n`,
      );
      if (!same) process.exitCode = 1;
    } finally {
      cluster.stop();
    }
  }
} finally {
  tmp.remove();
}
