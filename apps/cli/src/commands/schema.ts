import { toJsonSchema } from '@copydesk/core';

export const SCHEMA_HELP = `Usage: copydesk schema

Print the JSON Schema (draft 2020-12) of the Article that "copydesk parse" prints.

Options:
  -h, --help            show this help
`;

export async function runSchema(argv: string[]): Promise<void> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(SCHEMA_HELP);
    return;
  }
  process.stdout.write(`${JSON.stringify(toJsonSchema(), null, 2)}\n`);
}
