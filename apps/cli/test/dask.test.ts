import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cluster,
  generateRecords,
  killGroup,
  readOutput,
  readSummary,
  requireDistributed,
  startCluster,
  startJob,
  writeInputs,
} from './_dask';
import { makeTempDir, readJsonl, runCli } from './_run';

// examples/dask on a real Dask distributed cluster: a scheduler and two workers, separate processes on 127.0.0.1.
const RECORDS = 2000;
const PARTITION = 250;
const tmp = makeTempDir();
const records = generateRecords(RECORDS);
const ids = records.map((line) => (JSON.parse(line) as { id: string }).id);
let cluster: Cluster | undefined;
let oneMachine = '';
let inputs: { input: string; parts: string };

beforeAll(async () => {
  requireDistributed();
  inputs = writeInputs(tmp.dir, records, PARTITION);
  cluster = await startCluster(tmp.dir, 2);
  const ran = await runCli(['batch', inputs.input, '--out', '-', '--jobs', '1', '--progress', 'none']);
  expect(ran.code, ran.stderr).toBe(0);
  oneMachine = ran.stdout;
}, 120_000);

afterAll(() => {
  cluster?.stop();
  tmp.remove();
});

function expectEveryIdOnce(output: string): void {
  const lines = readJsonl(output);
  expect(lines).toHaveLength(RECORDS);
  expect(new Set(lines.map((l) => l.id)).size).toBe(RECORDS);
  expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
  expect(lines.filter((l) => l.error)).toEqual([]);
}

describe('copydesk batch on Dask distributed (examples/dask)', () => {
  it('the one-machine run has one article per record, in input order', () => {
    expectEveryIdOnce(oneMachine);
    expect(readJsonl(oneMachine).map((l) => l.id)).toEqual(ids);
  });

  it('two workers write every id exactly once, byte-identical to one machine in partition order', async () => {
    const out = join(tmp.dir, 'out-2-workers');
    const { code, stderr } = await startJob(cluster as Cluster, inputs.parts, out, 2).done;
    expect(code, stderr).toBe(0);
    const summary = readSummary(stderr);
    expect(summary).toMatchObject({
      partitions: RECORDS / PARTITION,
      records: RECORDS,
      workers: 2,
      retried: [],
    });
    // Both workers took partitions: the run really was distributed.
    expect(new Set(Object.values(summary.doneBy)).size).toBe(2);
    const output = readOutput(out);
    expectEveryIdOnce(output);
    expect(output).toBe(oneMachine);
  }, 120_000);

  it('a worker killed mid-partition: Dask retries it on the other, still exactly once and byte-identical', async () => {
    const live = cluster as Cluster;
    const [survivor, victim] = live.workers as [(typeof live.workers)[0], (typeof live.workers)[0]];
    const out = join(tmp.dir, 'out-killed-worker');
    const job = startJob(live, inputs.parts, out, 2);
    // Each attempt leaves a marker named after its worker's pid before it starts the binary.
    const attempts = join(out, '_attempts');
    let killed: string | undefined;
    for (let waited = 0; !killed && waited < 60_000; waited += 20) {
      const marker = existsSync(attempts)
        ? readdirSync(attempts).find((f) => f.endsWith(`-${victim.pid}`))
        : undefined;
      if (marker) {
        killGroup(victim);
        killed = marker.split('.')[0];
      } else await sleep(20);
    }
    expect(killed, 'the victim worker never started a partition').toBeDefined();
    const { code, stderr } = await job.done;
    expect(code, stderr).toBe(0);
    expect(victim.signalCode).toBe('SIGKILL');
    const summary = readSummary(stderr);
    expect(summary.records).toBe(RECORDS);
    expect(summary.retried).toEqual([killed]);
    // The partition the victim was running was finished by the survivor.
    expect(summary.doneBy[killed as string]).toMatch(new RegExp(`-${survivor.pid}$`));
    // The lost attempt's temporary file is gone; only the parts and the attempt markers remain.
    expect(readdirSync(out).filter((f) => !f.endsWith('.jsonl') && f !== '_attempts')).toEqual([]);
    const output = readOutput(out);
    expectEveryIdOnce(output);
    expect(output).toBe(oneMachine);
  }, 120_000);
});
