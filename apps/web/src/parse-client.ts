import type { Article } from '@copydesk/core';
import type {
  ConvertResponse,
  FormatName,
  ParseRequest,
  ParseResponse,
  WorkerRequest,
  WorkerResponse,
} from './worker/protocol';

/** Thrown to a caller whose parse was overtaken by a newer one. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

interface Pending {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
}

/**
 * Talks to the parser worker. A new parse cancels the one still running by restarting the worker,
 * so a huge paste never queues behind an older one.
 */
export class ParseClient {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private parsing: number | null = null;

  parse(request: Omit<ParseRequest, 'type' | 'id'>): Promise<ParseResponse> {
    if (this.parsing !== null) this.restart();
    const id = this.nextId++;
    this.parsing = id;
    return this.send({ ...request, type: 'parse', id })
      .then((r) => r as ParseResponse)
      .finally(() => {
        if (this.parsing === id) this.parsing = null;
      });
  }

  convert(format: FormatName, article: Article): Promise<ConvertResponse> {
    const id = this.nextId++;
    return this.send({ type: 'convert', id, format, article }).then((r) => r as ConvertResponse);
  }

  private send(request: WorkerRequest): Promise<WorkerResponse> {
    const worker = this.ensureWorker();
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker/parse-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiter = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiter?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || 'the parser could not be loaded'));
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new CancelledError('superseded by a newer parse'));
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.parsing = null;
    for (const w of waiting) w.reject(error);
  }
}
