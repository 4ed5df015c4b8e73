#!/usr/bin/env node
// `pnpm test:pages [--update]`: runs only the golden pages; --update rewrites every expected.json.
// Under CI the goldens are only compared: an update there would hide the very diff CI exists to show.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const update = args.some((a) => a === '--update' || a === '-u');
const ci = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
if (update && ci) {
  process.stderr.write('test:pages: --update is refused under CI=true; run it locally and commit the diff\n');
  process.exit(2);
}
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const run = (cmd, argv) => spawnSync(cmd, argv, { stdio: 'inherit', env }).status ?? 1;

// The goldens import the built package, so build it first (turbo replays it when nothing changed).
const built = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@copydesk/core',
  '--output-logs=errors-only',
]);
if (built !== 0) process.exit(built);
const rest = args.filter((a) => a !== '--update' && a !== '-u');
process.exit(
  run('pnpm', [
    'exec',
    'vitest',
    'run',
    '--project',
    'core',
    'packages/core/test/pages.test.ts',
    ...(update ? ['--update'] : []),
    ...rest,
  ]),
);
