import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, END, renderHelpSection, START } from '../scripts/readme-help.mjs';
import { CLI, ROOT, runCli } from './_run';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf(START), README.indexOf(END) + END.length);

describe('the README CLI section', () => {
  it('has both markers, in order', () => {
    expect(README.indexOf(START)).toBeGreaterThan(-1);
    expect(README.indexOf(END)).toBeGreaterThan(README.indexOf(START));
  });

  it.each(COMMANDS.map((c: string) => [c || '(main)', c]))(
    'holds the exact --help of %s as the built binary prints it',
    async (_, command) => {
      const args = command ? [command, '--help'] : ['--help'];
      const ran = await runCli(args);
      expect(ran.code).toBe(0);
      expect(ran.stdout.length).toBeGreaterThan(50);
      expect(section).toContain(`$ copydesk ${args.join(' ')}\n${ran.stdout}`);
    },
  );

  it('is exactly the generated section, nothing stale around the help texts', () => {
    // Regenerate with: node apps/cli/scripts/readme-help.mjs
    expect(section).toBe(renderHelpSection(CLI));
  });
});
