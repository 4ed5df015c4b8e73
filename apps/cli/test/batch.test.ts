import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateArticle } from '@copydesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { makeTempDir, readJsonl, runCli, SEED } from './_run';

const STORY = readFileSync(SEED, 'utf8');
const paragraphs = STORY.split('\n\n');
const tmp = makeTempDir();
afterAll(tmp.remove);

/** A short distinct story: the seed's headline and dateline paragraph plus the n-th other paragraph. */
function story(n: number): string {
  return [`Story ${n}: ${paragraphs[0]}`, paragraphs[2], paragraphs[3 + (n % (paragraphs.length - 3))]].join(
    '\n\n',
  );
}

function expectOneLinePerRecord(lines: ReturnType<typeof readJsonl>, ids: string[]): void {
  expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
  for (const line of lines) {
    expect('article' in line !== 'error' in line, `${line.id} has exactly one of article or error`).toBe(
      true,
    );
    if (line.error) expect(line.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    else expect(validateArticle(line.article).success).toBe(true);
  }
}

describe('copydesk batch over a folder', () => {
  const dir = join(tmp.dir, 'folder');
  const files = ['a.txt', 'b.txt', 'big.txt', 'corrupt.html.gz', 'empty.txt', 'nested/c.txt', 'page.html'];
  beforeAll(() => {
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), story(1));
    writeFileSync(join(dir, 'b.txt'), story(2));
    writeFileSync(join(dir, 'nested/c.txt'), story(3));
    writeFileSync(join(dir, 'page.html'), `<html><body><h1>Page</h1><p>${paragraphs[2]}</p></body></html>`);
    writeFileSync(join(dir, 'empty.txt'), '');
    // A gzip file cut short: corrupt.
    writeFileSync(join(dir, 'corrupt.html.gz'), gzipSync(Buffer.from(STORY)).subarray(0, 40));
    let big = STORY;
    while (big.length < 5_000_000) big += `\n\n${paragraphs.slice(2).join('\n\n')}`;
    writeFileSync(join(dir, 'big.txt'), big);
    writeFileSync(join(dir, 'notes.json'), '{"not": "an input"}');
  });

  it('writes one line per file, in input order, errors included, and exits 0', async () => {
    const out = join(tmp.dir, 'folder.jsonl');
    const ran = await runCli(['batch', dir, '--out', out, '--jobs', '2', '--progress', 'bar']);
    expect(ran.code).toBe(0);
    const lines = readJsonl(readFileSync(out, 'utf8'));
    const ids = files.map((f) => `${dir}/${f}`);
    expect(lines.map((l) => l.id)).toEqual(ids);
    expectOneLinePerRecord(lines, ids);
    const byName = new Map(lines.map((l) => [l.id.slice(dir.length + 1), l]));
    expect(byName.get('empty.txt')?.error?.code).toBe('EMPTY_INPUT');
    expect(byName.get('corrupt.html.gz')?.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('gzip'),
    });
    expect((byName.get('a.txt')?.article as { headline?: string } | undefined)?.headline).toBe(
      `Story 1: ${paragraphs[0]}`,
    );
    expect(ran.stderr).toMatch(/7 records in [\d.]+ s .*: [3-5] articles, [2-4] errors/);
    // The bar redraws in place with rate and ETA; NO_COLOR keeps colour codes out.
    expect(ran.stderr).toMatch(
      /\r\u001b\[K\[[#-]{24}\] \d+ records \| \d+ errors \| [\d.]+\/s \| \d+% \| ETA /,
    );
    expect(ran.stderr).not.toMatch(/\u001b\[\d+m/);
  }, 240_000);

  it('takes globs', async () => {
    const ran = await runCli(['batch', `${dir}/**/[abc].txt`, '--out', '-', '--progress', 'none']);
    expect(ran.code).toBe(0);
    expect(readJsonl(ran.stdout).map((l) => l.id)).toEqual([
      `${dir}/a.txt`,
      `${dir}/b.txt`,
      `${dir}/nested/c.txt`,
    ]);
  }, 60_000);

  it.each([
    [['batch', 'no/such/folder', '--out', '-'], 1, 'cannot read no/such/folder'],
    [['batch', 'x/*.nothing', '--out', '-'], 1, 'no file matches'],
    [['batch', SEED], 2, 'batch needs --out'],
    [['batch', SEED, '--out', '-', '--jobs', '0'], 2, '--jobs must be'],
    [['batch', SEED, '--out', '-', '--resume'], 2, '--resume needs an --out file'],
  ])('fails early on %j', async (args, code, message) => {
    const ran = await runCli(args);
    expect(ran.code).toBe(code);
    expect(ran.stderr).toContain(message);
  });
});

describe('copydesk batch over JSONL', () => {
  const records = [
    JSON.stringify({ id: 'r1', text: story(1), publishedAt: '2017-11-19' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'r2', html: `<p>${paragraphs[2]}</p>`, url: 'https://example.com/r2' }),
    '',
    JSON.stringify([1, 2]),
    JSON.stringify({ id: 'r3' }),
    JSON.stringify({ id: 'r4', text: story(4) }),
  ].join('\n');

  it('streams stdin to stdout with one line per record, naming malformed lines by position', async () => {
    const ran = await runCli(['batch', '-', '--out', '-', '--jobs', '2'], { input: `${records}\n` });
    expect(ran.code).toBe(0);
    const lines = readJsonl(ran.stdout);
    expect(lines.map((l) => l.id)).toEqual(['r1', '-:2', 'r2', '-:5', 'r3', 'r4']);
    expectOneLinePerRecord(lines, ['r1', '-:2', 'r2', '-:5', 'r3', 'r4']);
    expect(lines[1]?.error?.message).toMatch(/^line 2 is not JSON/);
    expect(lines[3]?.error?.message).toBe('line 5 is an array, not an object');
    expect(lines[4]?.error?.message).toContain('neither an "html" nor a "text"');
    expect((lines[0]?.article as { publishedAt?: string } | undefined)?.publishedAt).toBe('2017-11-19');
  }, 60_000);

  it('reads a .jsonl.gz file and writes every record with --unordered', async () => {
    const file = join(tmp.dir, 'records.jsonl.gz');
    writeFileSync(file, gzipSync(records));
    const ran = await runCli(['batch', file, '--out', '-', '--unordered', '--jobs', '2']);
    expect(ran.code).toBe(0);
    expect(
      readJsonl(ran.stdout)
        .map((l) => l.id)
        .sort(),
    ).toEqual(['r1', `${file}:2`, 'r2', `${file}:5`, 'r3', 'r4'].sort());
  }, 60_000);
});

describe('copydesk batch --timeout', () => {
  it('turns an overrunning record into a TIMEOUT line, replaces the worker and goes on', async () => {
    const input = [1, 2, 3, 4].map((n) => JSON.stringify({ id: `t${n}`, text: STORY })).join('\n');
    const ran = await runCli(['batch', '-', '--out', '-', '--jobs', '2', '--timeout', '0.001'], { input });
    expect(ran.code).toBe(0);
    const lines = readJsonl(ran.stdout);
    expectOneLinePerRecord(lines, ['t1', 't2', 't3', 't4']);
    expect(lines.map((l) => l.id)).toEqual(['t1', 't2', 't3', 't4']);
    expect(lines.filter((l) => l.error?.code === 'TIMEOUT').length).toBeGreaterThan(0);
  }, 60_000);
});

describe('copydesk batch over WARC', () => {
  async function warcBytes(gzip: boolean): Promise<Buffer> {
    const records = [
      WARCRecord.createWARCInfo(
        { filename: 'test.warc', warcVersion: 'WARC/1.1' },
        { software: 'copydesk test' },
      ),
      WARCRecord.create(
        {
          url: 'https://news.example.com/a',
          type: 'response',
          warcHeaders: { 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000001>' },
          httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
        },
        [
          new TextEncoder().encode(
            `<html><body><h1>${paragraphs[0]}</h1><p>${paragraphs[2]}</p></body></html>`,
          ),
        ],
      ),
      WARCRecord.create(
        {
          url: 'https://news.example.com/a',
          type: 'request',
          httpHeaders: {},
          statusline: 'GET /a HTTP/1.1',
        },
        [],
      ),
      WARCRecord.create(
        {
          url: 'https://news.example.com/logo.png',
          type: 'response',
          warcHeaders: { 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000002>' },
          httpHeaders: { 'Content-Type': 'image/png' },
        },
        [new Uint8Array([137, 80, 78, 71])],
      ),
      WARCRecord.create(
        {
          url: 'https://news.example.com/b.txt',
          type: 'response',
          warcHeaders: { 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000003>' },
          httpHeaders: { 'Content-Type': 'text/plain' },
        },
        [new TextEncoder().encode(story(5))],
      ),
    ];
    const parts: Uint8Array[] = [];
    for (const record of records) parts.push(await WARCSerializer.serialize(record, { gzip }));
    return Buffer.concat(parts);
  }

  it.each([
    ['test.warc', false],
    ['test.warc.gz', true],
  ])(
    'writes one line per response record of %s',
    async (name, gzip) => {
      const file = join(tmp.dir, name);
      writeFileSync(file, await warcBytes(gzip));
      const ran = await runCli(['batch', file, '--out', '-', '--jobs', '1']);
      expect(ran.code).toBe(0);
      const lines = readJsonl(ran.stdout);
      const ids = [1, 2, 3].map((n) => `<urn:uuid:00000000-0000-4000-8000-00000000000${n}>`);
      expect(lines.map((l) => l.id)).toEqual(ids);
      expectOneLinePerRecord(lines, ids);
      expect(lines[1]?.error).toEqual({
        code: 'UNSUPPORTED_INPUT',
        message: 'the response is image/png, not HTML',
      });
      expect((lines[2]?.article as { source?: { url?: string } } | undefined)?.source?.url).toBe(
        'https://news.example.com/b.txt',
      );
    },
    60_000,
  );
});

describe('copydesk batch --resume', () => {
  it('cuts a half-written last line and appends only the missing records', async () => {
    const input = join(tmp.dir, 'resume.jsonl');
    writeFileSync(input, [1, 2, 3].map((n) => JSON.stringify({ id: `s${n}`, text: story(n) })).join('\n'));
    const out = join(tmp.dir, 'resume-out.jsonl');
    writeFileSync(
      out,
      `${JSON.stringify({ id: 's1', error: { code: 'X', message: 'kept' } })}\n{"id":"s2","arti`,
    );
    const ran = await runCli(['batch', input, '--out', out, '--resume', '--jobs', '1']);
    expect(ran.code).toBe(0);
    const lines = readJsonl(readFileSync(out, 'utf8'));
    expect(lines.map((l) => l.id)).toEqual(['s1', 's2', 's3']);
    expect(lines[0]?.error?.message).toBe('kept');
    expect(ran.stderr).toContain('1 skipped (already in');
  }, 60_000);

  it('after a SIGKILL halfway, --resume leaves every input id exactly once and every line valid JSON', async () => {
    const count = 240;
    const input = join(tmp.dir, 'kill.jsonl');
    const ids = Array.from({ length: count }, (_, n) => `k${n}`);
    writeFileSync(input, ids.map((id, n) => JSON.stringify({ id, text: story(n) })).join('\n'));
    const out = join(tmp.dir, 'kill-out.jsonl');

    const { spawn } = await import('node:child_process');
    const { CLI } = await import('./_run');
    const child = spawn(
      process.execPath,
      [CLI, 'batch', input, '--out', out, '--jobs', '1', '--progress', 'none'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_, signal) => resolve(signal)),
    );
    // Kill once some, but not all, lines are out.
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      let written = 0;
      try {
        written = readFileSync(out, 'utf8').split('\n').length - 1;
      } catch {}
      if (written >= 20) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = readFileSync(out, 'utf8');
    expect(before.split('\n').length - 1).toBeLessThan(count);
    // Simulate the worst case: the kill landed in the middle of a line.
    appendFileSync(out, '{"id":"k9999","article":{"sch');

    const ran = await runCli(['batch', input, '--out', out, '--resume', '--jobs', '2']);
    expect(ran.code).toBe(0);
    const lines = readJsonl(readFileSync(out, 'utf8'));
    expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
    expect(new Set(lines.map((l) => l.id)).size).toBe(count);
    expect(ran.stderr).toMatch(/[1-9]\d* skipped/);
  }, 240_000);
});
