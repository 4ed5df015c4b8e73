import { WARCParser, type WARCRecord } from 'warcio';
import type { SourceItem } from '../batch/types';
import { MAX_INPUT_BYTES } from '../io';

const ARTICLE_TYPES = new Set(['response', 'resource']);

function contentTypeOf(record: WARCRecord): string {
  if (record.warcType === 'resource') return record.warcContentType ?? '';
  return record.httpHeaders?.headers.get('content-type') ?? '';
}

/**
 * When the record's page was fetched, the latest date it may state: the WARC-Date, or the response's
 * Last-Modified when that is earlier (a page states no date after its own last change).
 */
function fetchedAtOf(record: WARCRecord): string | undefined {
  const times = [record.warcDate, record.httpHeaders?.headers.get('last-modified')]
    .map((v) => (v ? Date.parse(v) : Number.NaN))
    .filter((ms) => !Number.isNaN(ms));
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : undefined;
}

async function readRecord(record: WARCRecord, fallbackId: string): Promise<SourceItem> {
  const id = record.warcHeader('WARC-Record-ID') ?? fallbackId;
  const url = record.warcTargetURI ?? undefined;
  if (record.warcContentLength > MAX_INPUT_BYTES) {
    await record.skipFully();
    return {
      id,
      error: { code: 'INPUT_TOO_LARGE', message: `the record is ${record.warcContentLength} bytes` },
    };
  }
  const status = record.warcType === 'response' ? Number(record.httpHeaders?.statusCode ?? 0) : 200;
  const contentType = contentTypeOf(record);
  const payload = await record.readFully(true);
  if (status < 200 || status > 299)
    return {
      id,
      error: { code: 'UNSUPPORTED_INPUT', message: `the response is HTTP ${status}, not a page` },
    };
  if (contentType && !/html|text\/plain/i.test(contentType))
    return { id, error: { code: 'UNSUPPORTED_INPUT', message: `the response is ${contentType}, not HTML` } };
  const type = /text\/plain/i.test(contentType) ? 'text' : 'html';
  // Bytes, not a string: the core decodes them with the page's declared charset.
  return { id, task: { id, url, type, bytes: payload, fetchedAt: fetchedAtOf(record) } };
}

/** The response and resource records of a WARC (or .warc.gz) stream, one at a time, as CC-NEWS ships them. */
export async function* readWarcRecords(
  chunks: AsyncIterable<Uint8Array>,
  sourceName: string,
): AsyncGenerator<SourceItem> {
  let n = 0;
  for await (const record of WARCParser.iterRecords(chunks)) {
    n++;
    if (!ARTICLE_TYPES.has(record.warcType)) {
      await record.skipFully();
      continue;
    }
    yield await readRecord(record, `${sourceName}#${n}`);
  }
}
