// --sites FILE.json on parse and batch: the rules reach the parser (and every batch worker); a bad file is a usage error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, readJsonl, runCli } from './_run';

const tmp = makeTempDir();
afterAll(tmp.remove);

const LD = JSON.stringify({
  '@type': 'NewsArticle',
  headline: 'The JSON-LD headline',
  author: { name: 'Lena Declared' },
});
const PROSE =
  '<p>The council met on Tuesday, and the budget, the roads and the schools were all on the agenda.</p>'.repeat(
    3,
  );
const PAGE = `<html><head><script type="application/ld+json">${LD}</script></head><body><article>
  <h1 class="real-title">The printed headline</h1><p class="real-byline">By Marta Printed</p>${PROSE}</article></body></html>`;
const URL = 'https://www.news.example/council';

function write(name: string, content: string): string {
  const file = join(tmp.dir, name);
  writeFileSync(file, content);
  return file;
}

const page = write('page.html', PAGE);
const rules = write(
  'sites.json',
  JSON.stringify([{ hostnames: ['news.example'], headline: ['.real-title'], byline: ['.real-byline'] }]),
);

describe('copydesk parse --sites', () => {
  it('lets the rules win over JSON-LD', async () => {
    const ran = await runCli(['parse', page, '--url', URL, '--sites', rules]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const article = JSON.parse(ran.stdout);
    expect(article.headline).toBe('The printed headline');
    expect(article.authors.map((a: { name: string }) => a.name)).toEqual(['Marta Printed']);
  });

  it('reads the generic values without --sites', async () => {
    const ran = await runCli(['parse', page, '--url', URL]);
    expect(JSON.parse(ran.stdout).headline).toBe('The JSON-LD headline');
  });

  it.each([
    [
      'a missing file',
      () => join(tmp.dir, 'none.json'),
      /^copydesk: --sites .*none\.json: cannot read it: no such file\n$/,
    ],
    [
      'a file that is not JSON',
      () => write('bad.json', '[{ hostnames: '),
      /^copydesk: --sites .*bad\.json: not valid JSON: .+\n$/,
    ],
    [
      'rules that are not an array',
      () => write('object.json', '{"hostnames": ["x.org"]}'),
      /^copydesk: --sites .*object\.json: sites: must be an array of site rules, not an object\n$/,
    ],
    [
      'a bad selector',
      () => write('selector.json', '[{"hostnames": ["x.org"], "headline": ["h1", "h1["]}]'),
      /^copydesk: --sites .*selector\.json: sites\[0\]\.headline\[1\]: "h1\[" is not a valid selector.*\n$/,
    ],
    [
      'an unknown field',
      () => write('field.json', '[{"hostnames": ["x.org"], "title": ["h1"]}]'),
      /^copydesk: --sites .*field\.json: sites\[0\]\.title: is not a site rule field\n$/,
    ],
  ])('refuses %s with one line and exit 2', async (_, file, message) => {
    const ran = await runCli(['parse', page, '--sites', file()]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(message);
  });
});

describe('copydesk batch --sites', () => {
  it('hands the rules to every worker', async () => {
    const input = write(
      'pages.jsonl',
      ['a', 'b', 'c', 'd'].map((id) => JSON.stringify({ id, html: PAGE, url: URL })).join('\n'),
    );
    const ran = await runCli([
      'batch',
      input,
      '--out',
      '-',
      '--jobs',
      '2',
      '--progress',
      'none',
      '--sites',
      rules,
    ]);
    expect(ran.code).toBe(0);
    const lines = readJsonl(ran.stdout);
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect((line.article as { headline: string }).headline).toBe('The printed headline');
  });

  it('refuses bad rules before reading any input', async () => {
    const bad = write('hosts.json', '[{"hostnames": []}]');
    const ran = await runCli(['batch', join(tmp.dir, 'pages.jsonl'), '--out', '-', '--sites', bad]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(
      /^copydesk: --sites .*hosts\.json: sites\[0\]\.hostnames: must name at least one host\n$/,
    );
  });
});
