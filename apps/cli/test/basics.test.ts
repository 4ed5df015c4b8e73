// The CLI as a user runs it: the built binary, its output streams and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../seeds/afp-syria-albu-kamal-2017-11-19.txt', import.meta.url));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('copydesk parse', () => {
  it('prints the seed as an Article', () => {
    const r = run(['parse', SEED, '--published', '2017-11-19']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.headline).toBe('Syria army, allies retake Albu Kamal from Islamic State');
    expect(a.dateline.place).toBe('Deir Ezzor');
    expect(a.publishedAt).toBe('2017-11-19');
  });

  it('reads stdin and prints text', () => {
    const r = run(['parse', '-', '--format', 'text'], readFileSync(SEED, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Syria army, allies retake Albu Kamal from Islamic State');
  });

  it.each([
    [['parse', '/no/such/file.txt'], 1, /cannot read \/no\/such\/file.txt: no such file/],
    [['parse', '--format', 'yaml', SEED], 2, /--format/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
  ])('fails with one clear line: %j', (args, code, message) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('rejects empty input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run(['parse', empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the input is empty/);
  });
});

describe('copydesk schema, --help, --version', () => {
  it('prints the JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'copydesk Article', type: 'object' });
  });

  it('prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(version);
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: copydesk <command>/);
  });
});
