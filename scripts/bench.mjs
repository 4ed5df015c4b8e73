#!/usr/bin/env node
// `pnpm bench NAME [args]` runs the benchmark file NAME.ts found under packages/*/bench or apps/*/bench.
// Benchmarks read corpora from $COPYDESK_SHARED (default: ../shared beside the repository).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const found = [];
for (const group of ['packages', 'apps']) {
  for (const pkg of readdirSync(join(root, group))) {
    const dir = join(root, group, pkg, 'bench');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir))
      if (f.endsWith('.ts') && !f.startsWith('_')) found.push({ name: f.slice(0, -3), path: join(dir, f) });
  }
}
const hit = found.find((b) => b.name === name);
if (!hit) {
  process.stderr.write(
    `usage: pnpm bench <name> [args]\navailable: ${
      found
        .map((b) => b.name)
        .sort()
        .join(', ') || '(none)'
    }\n`,
  );
  process.exit(name ? 1 : 0);
}
const env = { ...process.env, COPYDESK_SHARED: process.env.COPYDESK_SHARED ?? resolve(root, '..', 'shared') };
const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', hit.path, ...args], {
  stdio: 'inherit',
  env,
  cwd: root,
});
process.exit(r.status ?? 1);
