// The fetch time bounds a page's dates: WARC records carry it (WARC-Date, or an earlier Last-Modified), JSONL
// records may give `fetchedAt`, and `copydesk parse --fetched` sets it for one page.

import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readJsonlRecord } from '../src/sources/jsonl-records';
import { readWarcRecords } from '../src/sources/warc-records';

async function* chunksOf(record: WARCRecord): AsyncGenerator<Uint8Array> {
  yield await WARCSerializer.serialize(record, { gzip: false });
}

function response(headers: Record<string, string>, date: string): WARCRecord {
  return WARCRecord.create(
    {
      url: 'https://news.example.com/a',
      date,
      type: 'response',
      warcHeaders: { 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000009>' },
      httpHeaders: { 'Content-Type': 'text/html', ...headers },
    },
    [new TextEncoder().encode('<html><body><p>Body.</p></body></html>')],
  );
}

async function fetchedAtOf(record: WARCRecord): Promise<string | undefined> {
  for await (const item of readWarcRecords(chunksOf(record), 'test.warc'))
    if ('task' in item) return item.task.fetchedAt;
  throw new Error('no task');
}

describe('the fetch time of a record', () => {
  it('is the WARC-Date of a WARC response', async () => {
    expect(await fetchedAtOf(response({}, '2024-03-12T10:00:00Z'))).toBe('2024-03-12T10:00:00.000Z');
  });

  it('is the Last-Modified header when that is earlier', async () => {
    const record = response({ 'Last-Modified': 'Mon, 04 Mar 2024 08:00:00 GMT' }, '2024-03-12T10:00:00Z');
    expect(await fetchedAtOf(record)).toBe('2024-03-04T08:00:00.000Z');
  });

  it('is a JSONL record\'s "fetchedAt"', () => {
    const line = { number: 1, text: JSON.stringify({ id: 'a', html: '<p>x</p>', fetchedAt: '2024-03-12' }) };
    const item = readJsonlRecord(line, 'records.jsonl');
    expect(item && 'task' in item && item.task.fetchedAt).toBe('2024-03-12');
  });
});
