import { Worker } from 'node:worker_threads';
import { errorLine, type Task } from './types';

export interface TaskResult {
  line: string;
  ok: boolean;
}

interface Job {
  seq: number;
  task: Task;
  resolve: (result: TaskResult) => void;
  timer?: NodeJS.Timeout;
}

/**
 * A fixed set of worker threads, each parsing one task at a time. A task that overruns its time or
 * crashes its worker becomes an error line and the worker is replaced, so one bad page never stops a run.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private closing = false;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Parses a task on the next free worker. */
  run(seq: number, task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ seq, task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    worker.on('message', (message: { seq: number; line: string; ok: boolean }) => {
      const job = this.busy.get(worker);
      if (!job || job.seq !== message.seq) return;
      this.settle(worker, job, { line: message.line, ok: message.ok });
      this.idle.push(worker);
      this.pump();
    });
    // An uncaught error ends the worker; 'exit' follows and reports the task.
    worker.on('error', () => undefined);
    worker.on('exit', (code) => {
      const job = this.busy.get(worker);
      this.forget(worker);
      if (job) {
        const message = `the parser stopped on this record (worker exit code ${code})`;
        this.settle(worker, job, { line: errorLine(job.task.id, { code: 'INTERNAL', message }), ok: false });
      }
      if (!this.closing) {
        this.spawn();
        this.pump();
      }
    });
    this.idle.push(worker);
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
