import { createRequire } from 'node:module';
import { runParse } from './commands/parse';
import { runSchema } from './commands/schema';
import { CliError } from './errors';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

export const MAIN_HELP = `Usage: copydesk <command> [options]

Turn news articles into structured, validated JSON.

Commands:
  parse [FILE|-]    parse one article (plain text or HTML) and print it
  schema            print the Article JSON Schema

Options:
  -h, --help        show help (also: copydesk <command> --help)
  -v, --version     print the version
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
  parse: runParse,
  schema: runSchema,
};

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(MAIN_HELP);
    return;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version}\n`);
    return;
  }
  const run = COMMANDS[command];
  if (!run) throw new CliError(`unknown command "${command}"; run "copydesk --help"`);
  await run(rest);
}

// The one place errors become a line on stderr and an exit code.
main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`copydesk: ${message}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
});
