import { parseArgs } from 'node:util';
import { type Article, CopydeskError, parseArticle } from '@copydesk/core';
import { CliError } from '../errors';
import { readInput } from '../io';

export const PARSE_HELP = `Usage: copydesk parse [FILE|-] [options]

Parse one news article (plain text or HTML) and print it as an Article.

Arguments:
  FILE                  a .txt or .html file; "-" or nothing reads stdin

Options:
  -f, --format FORMAT   json | text (default: json)
      --published DATE  the publication date, the reference for "Sunday" or "a week ago"
      --url URL         the page's URL, for links and site rules
      --type TYPE       html | text (default: sniffed from the input)
      --pretty          indent the JSON output
  -h, --help            show this help
`;

function toText(a: Article): string {
  const lines: string[] = [];
  if (a.headline) lines.push(a.headline, '');
  if (a.dek) lines.push(a.dek, '');
  const by = a.authors.map((x) => x.name).join(', ');
  const meta = [by && `By ${by}`, a.agencies.join(', '), a.publishedAt, a.dateline?.place].filter(Boolean);
  if (meta.length) lines.push(meta.join(' | '), '');
  for (const image of a.images) {
    lines.push(
      `[Image] ${[image.caption, image.credit && `(${image.credit})`].filter(Boolean).join(' ')}`,
      '',
    );
  }
  for (const p of a.paragraphs) lines.push(p.text, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function runParse(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      published: { type: 'string' },
      url: { type: 'string' },
      type: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(PARSE_HELP);
    return;
  }
  if (positionals.length > 1) throw new CliError('parse takes one FILE; use "copydesk batch" for many');
  const format = values.format;
  if (format !== 'json' && format !== 'text')
    throw new CliError(`unknown --format "${format}": use json or text`);
  const type = values.type;
  if (type !== undefined && type !== 'html' && type !== 'text')
    throw new CliError(`unknown --type "${type}": use html or text`);
  const bytes = await readInput(positionals[0]);
  if (bytes.length === 0 || !Buffer.from(bytes).toString('utf8').trim())
    throw new CliError('the input is empty');
  let article: Article;
  try {
    article = parseArticle(bytes, { publishedAt: values.published, url: values.url, type });
  } catch (error) {
    if (error instanceof CopydeskError) throw new CliError(`${error.code}: ${error.message}`);
    throw error;
  }
  const out =
    format === 'text' ? toText(article) : `${JSON.stringify(article, null, values.pretty ? 2 : undefined)}\n`;
  process.stdout.write(out);
}
