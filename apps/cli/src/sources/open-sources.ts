import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Source, SourceItem } from '../batch/types';
import { describeReadError } from '../io';
import { readJsonlRecord } from './jsonl-records';
import { splitLines } from './split-lines';
import { readWarcRecords } from './warc-records';

/** Longest JSONL line read: above the core's 20 MB input limit, with room for the JSON around it. */
const MAX_LINE_BYTES = 32_000_000;

export type SourceKind = 'jsonl' | 'warc' | 'article';

/** What a file holds, from its name: a JSONL stream, a WARC archive, or one article. */
export function kindOf(path: string): SourceKind {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.warc') || name.endsWith('.arc')) return 'warc';
  return 'article';
}

function typeOf(path: string): 'html' | 'text' | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.x?html?$/.test(name)) return 'html';
  if (name.endsWith('.txt') || name.endsWith('.text')) return 'text';
  return undefined;
}

async function* jsonlItems(chunks: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<SourceItem> {
  for await (const line of splitLines(chunks, MAX_LINE_BYTES)) {
    const item = readJsonlRecord(line, name);
    if (item) yield item;
  }
}

/** A JSONL or WARC file read as a stream, so its size does not matter. */
function fileStreamSource(path: string, size: number, kind: 'jsonl' | 'warc'): Source {
  let stream: ReturnType<typeof createReadStream> | null = null;
  return {
    name: path,
    size,
    bytesRead: () => stream?.bytesRead ?? 0,
    async *items() {
      stream = createReadStream(path, { highWaterMark: 256 * 1024 });
      if (kind === 'warc') {
        // warcio inflates .warc.gz (one gzip member per record) itself.
        yield* readWarcRecords(stream, path);
        return;
      }
      const chunks = path.endsWith('.gz') ? pipeline(stream, createGunzip(), () => undefined) : stream;
      yield* jsonlItems(chunks, path);
    },
  };
}

/** A single article file; the worker reads it, so big files never pass through the main thread. */
function articleSource(path: string, size: number, type: 'html' | 'text' | undefined): Source {
  let done = false;
  return {
    name: path,
    size,
    bytesRead: () => (done ? size : 0),
    async *items() {
      done = true;
      yield { id: path, task: { id: path, file: path, type: type ?? typeOf(path) } };
    },
  };
}

/** Reads JSONL from stdin, line by line as it arrives: the streaming mode. */
export function stdinSource(): Source {
  let read = 0;
  return {
    name: '-',
    size: null,
    bytesRead: () => read,
    async *items() {
      async function* counted() {
        for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
          read += chunk.length;
          yield chunk;
        }
      }
      yield* jsonlItems(counted(), '-');
    },
  };
}

/** Opens one input file as a source of records; an unreadable file becomes a source of one error line. */
export async function openFileSource(path: string, type: 'html' | 'text' | undefined): Promise<Source> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const message = `cannot read ${path}: ${describeReadError(error)}`;
    return {
      name: path,
      size: 0,
      bytesRead: () => 0,
      async *items() {
        yield { id: path, error: { code: 'INVALID_INPUT', message } };
      },
    };
  }
  const kind = kindOf(path);
  return kind === 'article' ? articleSource(path, size, type) : fileStreamSource(path, size, kind);
}
