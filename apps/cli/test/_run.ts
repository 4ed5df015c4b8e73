import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary: tests run it as a user would. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED = join(ROOT, 'seeds/afp-syria-albu-kamal-2017-11-19.txt');
/** The IPTC ninjs 2.2 schema vendored in the core package's tests (MIT). */
export const NINJS_SCHEMA = join(ROOT, 'packages/core/test/vendor/ninjs/ninjs-schema_2.2.json');

if (!existsSync(CLI)) throw new Error(`build the CLI first (pnpm build): ${CLI} is missing`);

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** Run as this user and group (a root test run checking a permission). */
  uid?: number;
  gid?: number;
}

/** Runs `node dist/cli.js ...args` and collects its output. */
export function runCli(args: string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      uid: options.uid,
      gid: options.gid,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temporary folder, removed by the returned function. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses JSONL output, failing on any line that is not JSON. */
export function readJsonl(
  text: string,
): { id: string; article?: unknown; error?: { code: string; message: string } }[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}
