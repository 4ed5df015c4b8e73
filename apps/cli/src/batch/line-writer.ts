import type { Writable } from 'node:stream';

interface Held {
  line: string;
  written: () => void;
}

/**
 * Writes output lines to a stream, in input order (holding back lines that finish early) unless
 * `ordered` is false. `put` resolves once its own line is written and the stream has room again: the
 * batch counts a record in flight until then, which bounds both held lines and buffered output.
 */
export class LineWriter {
  private readonly held = new Map<number, Held>();
  private next = 0;
  private drained: Promise<void> | null = null;

  constructor(
    private readonly stream: Writable,
    private readonly ordered: boolean,
  ) {}

  put(seq: number, line: string): Promise<void> {
    if (!this.ordered) {
      this.write(line);
      return this.drained ?? Promise.resolve();
    }
    return new Promise((resolve) => {
      this.held.set(seq, { line, written: resolve });
      for (let h = this.held.get(this.next); h !== undefined; h = this.held.get(this.next)) {
        this.held.delete(this.next);
        this.next++;
        this.write(h.line);
        const done = h.written;
        if (this.drained) this.drained.then(done);
        else done();
      }
    });
  }

  private write(line: string): void {
    if (!this.stream.write(`${line}\n`) && !this.drained) {
      this.drained = new Promise((resolve) => {
        this.stream.once('drain', () => {
          this.drained = null;
          resolve();
        });
      });
    }
  }

  /** Waits until the stream has taken everything, and ends it when asked. */
  async close(endStream: boolean): Promise<void> {
    if (this.drained) await this.drained;
    if (!endStream) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }
}
