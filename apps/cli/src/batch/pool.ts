import { Worker } from 'node:worker_threads';
import { CliError } from '../errors';
import { errorLine, type Task, type WorkerSetup } from './types';

/**
 * Caps each worker's young generation: left alone, V8 grows it under a long run's steady allocation, so
 * peak memory crept up with the record count (pnpm bench batch --text: +36% from 1,000 to 10,000 records,
 * +15% with this cap, no loss of throughput).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Workers that die before loading the parser, in a row, before the run gives up. */
const MAX_START_FAILURES = 3;

export interface TaskResult {
  line: string;
  ok: boolean;
}

interface Job {
  seq: number;
  task: Task;
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

/**
 * A fixed set of worker threads, each parsing one task at a time. A task that overruns its time or
 * crashes its worker becomes an error line and the worker is replaced, so one bad page never stops a run.
 */
export class WorkerPool {
  /** Every live worker, including those still loading the parser. */
  private readonly all = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private closing = false;
  private startFailures = 0;
  private lastError: Error | null = null;
  private broken: CliError | null = null;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly timeoutMs: number,
    private readonly setup: WorkerSetup = {},
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Parses a task on the next free worker. */
  run(seq: number, task: Task): Promise<TaskResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq, task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script, {
      workerData: this.setup,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    this.all.add(worker);
    let ready = false;
    worker.on('message', (message: { seq: number; line: string; ok: boolean; ready?: boolean }) => {
      if (message.ready) {
        ready = true;
        this.startFailures = 0;
        this.idle.push(worker);
        this.pump();
        return;
      }
      const job = this.busy.get(worker);
      if (!job || job.seq !== message.seq) return;
      this.settle(worker, job, { line: message.line, ok: message.ok });
      this.idle.push(worker);
      this.pump();
    });
    // An uncaught error ends the worker; 'exit' follows and reports the task.
    worker.on('error', (error) => {
      this.lastError = error;
    });
    worker.on('exit', (code) => {
      this.all.delete(worker);
      const job = this.busy.get(worker);
      this.forget(worker);
      if (!ready && !this.closing && ++this.startFailures >= MAX_START_FAILURES) {
        this.fail(new CliError(`cannot start the parser: ${this.lastError?.message ?? `exit code ${code}`}`));
        return;
      }
      if (job) {
        const message = `the parser stopped on this record (worker exit code ${code})`;
        this.settle(worker, job, { line: errorLine(job.task.id, { code: 'INTERNAL', message }), ok: false });
      }
      if (!this.closing) {
        this.spawn();
        this.pump();
      }
    });
  }

  private fail(error: CliError): void {
    this.broken = error;
    this.closing = true;
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const job of this.busy.values()) {
      if (job.timer) clearTimeout(job.timer);
      job.reject(error);
    }
    this.busy.clear();
    for (const worker of this.all) void worker.terminate();
  }

  private forget(worker: Worker): void {
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at !== -1) this.idle.splice(at, 1);
  }

  private settle(worker: Worker, job: Job, result: TaskResult): void {
    if (job.timer) clearTimeout(job.timer);
    if (this.busy.get(worker) === job) this.busy.delete(worker);
    job.resolve(result);
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      if (this.timeoutMs > 0) {
        job.timer = setTimeout(() => {
          const message = `parsing took longer than ${this.timeoutMs / 1000} s`;
          this.settle(worker, job, { line: errorLine(job.task.id, { code: 'TIMEOUT', message }), ok: false });
          // terminate() ends the stuck parse; 'exit' then spawns a replacement.
          void worker.terminate();
        }, this.timeoutMs);
      }
      worker.postMessage({ seq: job.seq, task: job.task });
    }
  }
}
