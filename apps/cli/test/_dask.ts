import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI, ROOT } from './_run';

/** Debian's python3-distributed installs for the system interpreter, not for a pyenv or venv one. */
export const PYTHON = process.env.COPYDESK_PYTHON ?? '/usr/bin/python3';
export const JOB = join(ROOT, 'examples/dask/copydesk_dask.py');
/** How the workers run the binary: the built CLI of this checkout. */
export const COPYDESK = `${process.execPath} ${CLI}`;

/** Throws one clear line when Dask distributed cannot be imported: the Dask tests never skip. */
export function requireDistributed(): void {
  const probe = spawnSync(PYTHON, ['-c', 'import distributed'], { encoding: 'utf8' });
  if (probe.status !== 0)
    throw new Error(
      `Dask distributed is missing for ${PYTHON}: apt-get install -y python3-distributed ` +
        `(or set COPYDESK_PYTHON to an interpreter that has it)\n${probe.error?.message ?? probe.stderr}`,
    );
}

const PLACES = ['BEIRUT', 'NAIROBI', 'LIMA', 'OSLO', 'HANOI', 'CAIRO', 'QUITO', 'MANILA'];
const PEOPLE = ['Ana Ruiz', 'Karim Haddad', 'Li Wei', 'Sara Olsen', 'Tom Baker', 'Amina Diallo'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** `count` short distinct wire stories as JSONL records (`{ id, text, publishedAt }`), ids `a00000`…. */
export function generateRecords(count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const place = PLACES[n % PLACES.length] as string;
    const town = place[0] + place.slice(1).toLowerCase();
    const speaker = PEOPLE[n % PEOPLE.length];
    const other = PEOPLE[(n * 7 + 3) % PEOPLE.length];
    const text = [
      `Crane accident ${n} halts work at the port of ${town}`,
      `${place} (AFP) - ${(n % 40) + 2} dock workers were injured on ${DAYS[n % 5]} when a crane ` +
        `collapsed at the port of ${town}, officials said.`,
      `"We are still counting the damage," said ${speaker}, a spokeswoman for the port authority.`,
      `${other} told reporters that loading would resume within ${(n % 6) + 2} days.`,
    ].join('\n\n');
    const day = String((n % 28) + 1).padStart(2, '0');
    return JSON.stringify({ id: `a${String(n).padStart(5, '0')}`, text, publishedAt: `2024-03-${day}` });
  });
}

/** Writes the records as one JSONL file and as `parts/part-NNNNN.jsonl` of `size` records each. */
export function writeInputs(dir: string, records: string[], size: number): { input: string; parts: string } {
  const parts = join(dir, 'parts');
  mkdirSync(parts, { recursive: true });
  for (let i = 0; i * size < records.length; i++)
    writeFileSync(
      join(parts, `part-${String(i).padStart(5, '0')}.jsonl`),
      `${records.slice(i * size, (i + 1) * size).join('\n')}\n`,
    );
  const input = join(dir, 'input.jsonl');
  writeFileSync(input, `${records.join('\n')}\n`);
  return { input, parts };
}

/** A process in its own group, so that stopping it also stops what it started (the CLI under a task). */
function spawnGroup(args: string[], log: string[]): ChildProcess {
  const child = spawn(PYTHON, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (c: Buffer) => log.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
  return child;
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export interface Cluster {
  schedulerFile: string;
  scheduler: ChildProcess;
  workers: ChildProcess[];
  log: string[];
  stop: () => void;
}

/** A scheduler and `count` single-threaded workers, each its own process, on 127.0.0.1. */
export async function startCluster(dir: string, count: number): Promise<Cluster> {
  mkdirSync(dir, { recursive: true });
  const schedulerFile = join(dir, 'scheduler.json');
  const log: string[] = [];
  const scheduler = spawnGroup(
    [
      '-m',
      'distributed.cli.dask_scheduler',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--no-dashboard',
      '--scheduler-file',
      schedulerFile,
    ],
    log,
  );
  const cluster: Cluster = {
    schedulerFile,
    scheduler,
    workers: [],
    log,
    stop: () => {
      for (const worker of cluster.workers) killGroup(worker);
      killGroup(scheduler);
    },
  };
  for (let waited = 0; !existsSync(schedulerFile); waited += 100) {
    if (waited > 30_000 || scheduler.exitCode !== null) {
      cluster.stop();
      throw new Error(`the Dask scheduler did not start:\n${log.join('')}`);
    }
    await sleep(100);
  }
  for (let i = 0; i < count; i++)
    cluster.workers.push(
      spawnGroup(
        [
          '-m',
          'distributed.cli.dask_worker',
          '--scheduler-file',
          schedulerFile,
          '--host',
          '127.0.0.1',
          '--nthreads',
          '1',
          // No nanny: killing the worker's process group is a lost machine, not a restart in place.
          '--no-nanny',
          '--no-dashboard',
          '--local-directory',
          join(dir, `worker-${i}`),
          '--name',
          `worker-${i}`,
        ],
        log,
      ),
    );
  return cluster;
}

export interface JobRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; stderr: string }>;
}

/** Starts examples/dask/copydesk_dask.py on the cluster, waiting for `workers` workers to join. */
export function startJob(cluster: Cluster, parts: string, out: string, workers: number): JobRun {
  const child = spawn(
    PYTHON,
    [
      JOB,
      '--scheduler-file',
      cluster.schedulerFile,
      '--wait-workers',
      String(workers),
      '--copydesk',
      COPYDESK,
      '--out',
      out,
      parts,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const err: Buffer[] = [];
  child.stderr?.on('data', (c: Buffer) => err.push(c));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
  return { child, done };
}

export interface JobSummary {
  partitions: number;
  records: number;
  workers: number;
  seconds: number;
  recordsPerSecond: number;
  retried: string[];
  doneBy: Record<string, string>;
}

/** The job's last stderr line is its JSON summary. */
export function readSummary(stderr: string): JobSummary {
  const last = stderr.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as JobSummary;
}

/** The job's output: its part files concatenated in partition order. */
export function readOutput(out: string): string {
  return readdirSync(out)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => readFileSync(join(out, f), 'utf8'))
    .join('');
}
