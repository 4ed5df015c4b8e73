import { paint, wantsColor } from '../color';

export interface Counts {
  ok: number;
  errors: number;
  skipped: number;
}

export type ProgressMode = 'bar' | 'lines' | 'none';

const BAR_WIDTH = 24;
const BAR_EVERY_MS = 200;
const LINE_EVERY_MS = 10_000;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/**
 * Reports a batch's progress on stderr: a redrawn bar with rate and ETA on a terminal, a plain line
 * every 10 seconds otherwise (logs, CI), and a summary at the end.
 */
export class Progress {
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private readonly color: boolean;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly mode: ProgressMode,
    private readonly counts: Counts,
    /** Fraction of the input read, 0..1, or null when the input size is unknown (stdin). */
    private readonly fraction: () => number | null,
  ) {
    this.color = wantsColor(stream);
    if (mode === 'none') return;
    this.timer = setInterval(() => this.draw(), mode === 'bar' ? BAR_EVERY_MS : LINE_EVERY_MS);
    this.timer.unref();
  }

  private status(): string {
    const { ok, errors } = this.counts;
    const done = ok + errors;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const parts = [
      `${formatCount(done)} records`,
      paint(this.color && errors > 0, 'red', `${formatCount(errors)} errors`),
      `${rate.toFixed(1)}/s`,
    ];
    const f = this.fraction();
    if (f !== null && f > 0)
      parts.push(`${Math.floor(f * 100)}%`, `ETA ${formatDuration((elapsed * (1 - f)) / f)}`);
    return parts.join(' | ');
  }

  private draw(): void {
    if (this.mode === 'lines') {
      this.stream.write(`copydesk: ${this.status()}\n`);
      return;
    }
    const f = Math.min(1, Math.max(0, this.fraction() ?? 0));
    const full = Math.round(f * BAR_WIDTH);
    const bar = `${'#'.repeat(full)}${'-'.repeat(BAR_WIDTH - full)}`;
    this.stream.write(`\r\u001b[K[${paint(this.color, 'green', bar)}] ${this.status()}`);
  }

  /** Stops the display and prints the summary line. */
  finish(outName: string): void {
    if (this.timer) clearInterval(this.timer);
    if (this.mode === 'bar') this.stream.write('\r\u001b[K');
    const { ok, errors, skipped } = this.counts;
    const elapsed = (Date.now() - this.started) / 1000;
    const done = ok + errors;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const skippedText = skipped ? `, ${formatCount(skipped)} skipped (already in ${outName})` : '';
    this.stream.write(
      `copydesk: ${formatCount(done)} records in ${elapsed.toFixed(1)} s (${rate.toFixed(1)}/s): ` +
        `${formatCount(ok)} articles, ${paint(this.color && errors > 0, 'red', `${formatCount(errors)} errors`)}${skippedText}\n`,
    );
  }
}
