import { createRequire } from 'node:module';
import { runBatch } from './commands/batch';
import { runExport } from './commands/export';
import { runParse } from './commands/parse';
import { runSchema } from './commands/schema';
import { runValidate } from './commands/validate';
import { CliError, EXIT_USAGE } from './errors';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

export const MAIN_HELP = `Usage: copydesk <command> [options]

Turn news articles into structured, validated JSON.

Commands:
  parse [FILE|URL|-]       parse one article (plain text or HTML) and print it
  batch INPUT... --out F   parse files, folders, globs, JSONL or WARC into JSONL
  export JSONL... --out F  turn batch output into DuckDB or Parquet tables
  validate FILE...         check Articles (JSON or JSONL) against the schema
  schema                   print the Article JSON Schema

Options:
  -h, --help               show help (also: copydesk <command> --help)
  -v, --version            print the version

Data goes to stdout, messages to stderr. Exit status: 0 ok, 1 failure, 2 bad usage.
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
  parse: runParse,
  batch: runBatch,
  export: runExport,
  validate: runValidate,
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
  if (!run) throw new CliError(`unknown command "${command}"; run "copydesk --help"`, EXIT_USAGE);
  await run(rest);
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  // node:util parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* codes.
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS') ? EXIT_USAGE : 1;
}

// A closed pipe (`copydesk ... | head`) is a normal way to stop reading: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`copydesk: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

// The one place errors become a line on stderr and an exit code.
main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`copydesk: ${message}\n`);
  process.exitCode = exitCodeOf(error);
});
