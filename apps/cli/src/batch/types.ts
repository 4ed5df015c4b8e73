import type { SiteRules } from '@copydesk/core';

/** One article to parse, as sent to a worker: a file to read, or content already read. */
export interface Task {
  id: string;
  /** A file the worker reads itself (gunzipping .gz). */
  file?: string;
  /** Raw page bytes (a WARC payload); the core decodes them with the page's charset. */
  bytes?: Uint8Array;
  html?: string;
  text?: string;
  url?: string;
  publishedAt?: string;
  /** When the page was fetched (WARC-Date, Last-Modified, a JSONL `fetchedAt`): the latest date it may state. */
  fetchedAt?: string;
  type?: 'html' | 'text';
}

/** What every worker is started with: the options shared by all tasks of the run. */
export interface WorkerSetup {
  /** The `--sites` rules, already checked. */
  sites?: SiteRules[];
  /** `--max-input` and `--parse-timeout`, passed to the core as `limits`. */
  limits?: { maxInputLength: number; timeoutMs: number };
}

export interface RecordError {
  code: string;
  message: string;
}

/** What an input source yields: a task, or an error found while reading it (a malformed line). */
export type SourceItem = { id: string; task: Task } | { id: string; error: RecordError };

/** An input source: its records, and how many of its bytes have been read so far (for progress). */
export interface Source {
  name: string;
  size: number | null;
  items(): AsyncIterable<SourceItem>;
  bytesRead(): number;
}

/** One output line, JSON-encoded without its newline. */
export function errorLine(id: string, error: RecordError): string {
  return JSON.stringify({ id, error });
}
