import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli, SEED } from './_run';

const tmp = makeTempDir();
afterAll(tmp.remove);
let article: Record<string, unknown>;

beforeAll(async () => {
  const ran = await runCli(['parse', SEED]);
  article = JSON.parse(ran.stdout);
});

function write(name: string, content: string): string {
  const file = join(tmp.dir, name);
  writeFileSync(file, content);
  return file;
}

describe('copydesk validate', () => {
  it('accepts a valid Article and batch output with error lines', async () => {
    const json = write('ok.json', JSON.stringify(article, null, 2));
    const jsonl = write(
      'ok.jsonl',
      `${JSON.stringify({ id: 'a', article })}\n${JSON.stringify({ id: 'b', error: { code: 'EMPTY_INPUT', message: 'x' } })}\n`,
    );
    const pretty = write('article.out', JSON.stringify(article, null, 2));
    const ran = await runCli(['validate', json, jsonl, pretty]);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toBe('copydesk: 3 valid, 0 invalid, 1 error lines\n');
    expect(ran.code).toBe(0);
  });

  it('prints each error with its file, line, id and path, and exits 1', async () => {
    const paragraphs = article.paragraphs as { text: string }[];
    const tampered = {
      ...article,
      paragraphs: [{ ...paragraphs[0], text: 'not the text' }, ...paragraphs.slice(1)],
    };
    const { schemaVersion: _, ...unversioned } = article;
    const file = write(
      'bad.jsonl',
      [
        JSON.stringify(article),
        JSON.stringify({ id: 'x7', article: tampered }),
        JSON.stringify(unversioned),
        '{oops',
      ].join('\n'),
    );
    const ran = await runCli(['validate', file]);
    expect(ran.code).toBe(1);
    const lines = ran.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${file}:2 \\(x7\\): \\$\\.paragraphs\\[0\\]: span \\d+\\.\\.\\d+ text differs`),
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:3: \\$\\.schemaVersion: `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:4: \\$: not JSON`)));
    expect(ran.stderr).toBe('copydesk: 1 valid, 3 invalid\n');
  });

  it('fails with one line on a missing file', async () => {
    const ran = await runCli(['validate', join(tmp.dir, 'nope.json')]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^copydesk: cannot read .*nope\.json: no such file\n$/);
  });
});
