#!/usr/bin/env node
// `pnpm seed`: build everything, then parse the seed article and print the Article on stdout. The build's logs go
// to stderr, so stdout holds the JSON alone (`pnpm seed > seed.json`). pnpm runs this as a workspace bin, which,
// unlike a package.json script, it starts without printing a "> pkg@ seed" banner on stdout.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('pnpm', ['build'], { cwd: root, env, stdio: ['ignore', 2, 2] });
if (build.status !== 0) {
  process.stderr.write(`seed: pnpm build failed (exit ${build.status ?? build.signal})\n`);
  process.exit(build.status ?? 1);
}
const parse = spawnSync(
  process.execPath,
  [
    join(root, 'apps/cli/dist/cli.js'),
    'parse',
    join(root, 'seeds/afp-syria-albu-kamal-2017-11-19.txt'),
    '--published',
    '2017-11-19',
    '--pretty',
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(parse.status ?? 1);
