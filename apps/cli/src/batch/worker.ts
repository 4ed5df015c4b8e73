import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './run-task';
import type { Task, WorkerSetup } from './types';

const setup = (workerData ?? {}) as WorkerSetup;

// A batch worker: parses one task at a time and answers with its output line.
parentPort?.on('message', (message: { seq: number; task: Task }) => {
  const { line, ok } = runTask(message.task, setup);
  parentPort?.postMessage({ seq: message.seq, line, ok });
});
// Tells the pool the parser loaded, so a worker that cannot even start is told apart from a bad record.
parentPort?.postMessage({ ready: true });
