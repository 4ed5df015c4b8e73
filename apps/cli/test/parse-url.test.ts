import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SEED } from './_run';

const STORY = readFileSync(SEED, 'utf8');
let server: Server;
let base = '';
let closedPort = 0;

function route(path: string): { status: number; headers?: Record<string, string>; body?: string } | null {
  if (path === '/story')
    return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: STORY };
  const hop = /^\/r\/(\d{1,3})$/.exec(path);
  if (hop) {
    const n = Number(hop[1]);
    return { status: 302, headers: { location: n > 0 ? `/r/${n - 1}` : '/story' } };
  }
  if (path === '/to-ftp') return { status: 301, headers: { location: 'ftp://127.0.0.1/story' } };
  if (path === '/big')
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(5000) };
  if (path === '/missing') return { status: 404, body: 'no' };
  return null;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = route(req.url ?? '');
    // /slow never answers: the client's timeout must end it.
    if (!answer) return;
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = createServer();
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
  closedPort = (spare.address() as AddressInfo).port;
  await new Promise((resolve) => spare.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('copydesk parse URL', () => {
  it('fetches a page over http and records its URL', async () => {
    const ran = await runCli(['parse', `${base}/story`]);
    expect(ran.code).toBe(0);
    const article = JSON.parse(ran.stdout);
    expect(article.headline).toBe('Syria army, allies retake Albu Kamal from Islamic State');
    expect(article.source.url).toBe(`${base}/story`);
  });

  it('follows up to five redirects and keeps the final URL', async () => {
    const ran = await runCli(['parse', `${base}/r/4`]);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout).source.url).toBe(`${base}/story`);
  });

  it.each([
    ['too many redirects', () => [`${base}/r/9`], 'more than 5 redirects'],
    ['an HTTP error', () => [`${base}/missing`], 'HTTP 404'],
    [
      'a page over --max-bytes',
      () => [`${base}/big`, '--max-bytes', '1000'],
      'larger than the limit of 1000 bytes',
    ],
    ['a server that never answers', () => [`${base}/slow`, '--timeout', '0.5'], 'within 0.5 s (timeout)'],
    ['a redirect to another scheme', () => [`${base}/to-ftp`], 'only http and https'],
    ['a non-http URL', () => ['ftp://127.0.0.1/story'], 'only http and https'],
    ['a refused connection', () => [`http://127.0.0.1:${closedPort}/story`], 'ECONNREFUSED'],
  ])('fails with one clear line on %s', async (_, args, message) => {
    const ran = await runCli(['parse', ...args()]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain(message);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
  });
});
