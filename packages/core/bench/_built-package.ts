// The package as npm users import it: the built `dist/node.js` (the `node` export of @copydesk/core), for benches
// that time parseArticle. Run from source through tsx, the same code is 25-35% slower here (tsx keeps every
// function's name with a wrapper call and transpiles per file), which is no figure a user sees. The build must be
// as new as the source: a bench must not time yesterday's code.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'node.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
  }
  return newest;
}

/** parseArticle from the built package; exits with a message when there is no build or it is older than src. */
export async function builtParseArticle(): Promise<typeof import('../src/index').parseArticle> {
  let built = 0;
  try {
    built = statSync(entry).mtimeMs;
  } catch {
    process.stderr.write(`no build at ${entry}: run \`pnpm build\` first\n`);
    process.exit(1);
  }
  if (built < newestSource(join(root, 'src'))) {
    process.stderr.write(`${entry} is older than packages/core/src: run \`pnpm build\` first\n`);
    process.exit(1);
  }
  const mod = (await import(entry)) as typeof import('../src/index');
  return mod.parseArticle;
}
