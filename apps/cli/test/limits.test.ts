import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, readJsonl, runCli, SEED } from './_run';

const STORY = readFileSync(SEED, 'utf8');
const tmp = makeTempDir();
afterAll(tmp.remove);

describe('--max-input and --parse-timeout', () => {
  it('parse refuses an input over --max-input with INPUT_TOO_LARGE', async () => {
    const ran = await runCli(['parse', SEED, '--max-input', '1000']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/INPUT_TOO_LARGE/);
    expect(ran.stdout).toBe('');
  });

  it('parse stops with TIMEOUT past --parse-timeout', async () => {
    const big = join(tmp.dir, 'big.txt');
    writeFileSync(big, `${STORY}\n\n`.repeat(30));
    const ran = await runCli(['parse', big, '--parse-timeout', '0.001']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/TIMEOUT/);
  });

  it('batch applies both limits per record, as typed error lines beside the good records', async () => {
    const input = [
      JSON.stringify({ id: 'small', text: 'Short story.\n\nThe council met on Monday.' }),
      JSON.stringify({ id: 'large', text: STORY }),
    ].join('\n');
    const ran = await runCli(
      ['batch', '-', '--out', '-', '--jobs', '1', '--progress', 'none', '--max-input', '1000'],
      {
        input,
      },
    );
    expect(ran.code).toBe(0);
    const lines = readJsonl(ran.stdout);
    expect(lines.map((l) => l.id)).toEqual(['small', 'large']);
    expect(lines[0]!.article).toBeDefined();
    expect(lines[1]!.error?.code).toBe('INPUT_TOO_LARGE');
  });

  it('batch --parse-timeout gives TIMEOUT lines from the core, not a killed worker', async () => {
    const input = JSON.stringify({ id: 't', text: `${STORY}\n\n`.repeat(10) });
    const ran = await runCli(
      ['batch', '-', '--out', '-', '--jobs', '1', '--progress', 'none', '--parse-timeout', '0.001'],
      {
        input,
      },
    );
    expect(ran.code).toBe(0);
    const [line] = readJsonl(ran.stdout);
    expect(line!.error?.code).toBe('TIMEOUT');
    expect(line!.error?.message).toMatch(/limits\.timeoutMs/);
  });

  it.each([
    ['parse', '--max-input', '0'],
    ['parse', '--max-input', '30000000'],
    ['parse', '--parse-timeout', 'soon'],
    ['batch', '--max-input', '1.5'],
    ['batch', '--parse-timeout', '0'],
  ])('%s rejects %s %s with a usage error', async (command, flag, value) => {
    const args =
      command === 'batch' ? ['batch', '-', '--out', '-', flag, value] : ['parse', SEED, flag, value];
    const ran = await runCli(args, { input: '' });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(flag);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--jobs', () => {
  it('is capped at the number of cores, with a note on stderr', async () => {
    const cores = availableParallelism();
    const input = JSON.stringify({ id: 'a', text: STORY });
    const ran = await runCli(
      ['batch', '-', '--out', '-', '--jobs', String(cores + 3), '--progress', 'none'],
      { input },
    );
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain(
      `--jobs ${cores + 3} is more than this machine's ${cores} cores; using ${cores}`,
    );
    expect(readJsonl(ran.stdout).map((l) => l.id)).toEqual(['a']);
  });
});
