#!/usr/bin/env node
// Writes the README's CLI section (between the cli-help markers) from the built binary's --help texts.
// `node apps/cli/scripts/readme-help.mjs` after `pnpm build`; test/readme-help.test.ts checks it stays in sync.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COMMANDS = ['', 'parse', 'batch', 'export', 'validate', 'schema'];
export const START = '<!-- cli-help:start -->';
export const END = '<!-- cli-help:end -->';

/** The section's text: every command's --help, as run from the binary. */
export function renderHelpSection(cli) {
  const blocks = COMMANDS.map((command) => {
    const args = command ? [command, '--help'] : ['--help'];
    const out = execFileSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return `$ copydesk ${args.join(' ')}\n${out}`;
  });
  return `${START}\n\`\`\`\n${blocks.join('\n')}\`\`\`\n${END}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const readme = fileURLToPath(new URL('../../../README.md', import.meta.url));
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README.md has no cli-help markers');
  writeFileSync(readme, text.slice(0, start) + renderHelpSection(cli) + text.slice(end + END.length));
}
