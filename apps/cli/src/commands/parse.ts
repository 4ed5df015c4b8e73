import { parseArgs } from 'node:util';
import { type Article, CopydeskError, parseArticle } from '@copydesk/core';
import { CliError, usageError } from '../errors';
import { FORMATS, isFormat, renderArticle } from '../format/render';
import { readInput } from '../io';
import { LIMIT_ARGS, LIMITS_HELP, readLimits } from '../limits';
import { readSitesFile } from '../sites';
import { fetchUrl, looksLikeUrl } from '../sources/fetch-url';

export const PARSE_HELP = `Usage: copydesk parse [FILE|URL|-] [options]

Parse one news article (plain text or HTML) and print it.

Arguments:
  FILE                  a .txt, .html or .gz file; "-" or nothing reads stdin
  URL                   an http(s) address to fetch

Options:
  -f, --format FORMAT   json | text | markdown | jsonld | ninjs (default: json)
                        jsonld is schema.org NewsArticle, ninjs is IPTC ninjs 2.2
      --published DATE  the publication date, the reference for "Sunday" or "a week ago"
      --fetched DATE    when the page was fetched: no date it states is later (default: now)
      --url URL         the page's URL (the base of a local HTML file's links)
      --type TYPE       html | text (default: sniffed from the input)
      --sites FILE      site rules (a JSON array, see defineSite) that win over the
                        generic rules on their hosts
      --pretty          indent JSON output
      --timeout SECS    give up fetching a URL after SECS seconds (default: 30)
      --max-bytes N     largest page fetched, in bytes (default: 20000000)
${LIMITS_HELP}
  -h, --help            show this help
`;

const MAX_REDIRECTS = 5;

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw usageError(`--${name} must be a positive number, not "${value}"`);
  return n;
}

export async function runParse(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      published: { type: 'string' },
      fetched: { type: 'string' },
      url: { type: 'string' },
      type: { type: 'string' },
      sites: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      ...LIMIT_ARGS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(PARSE_HELP);
    return;
  }
  if (positionals.length > 1) throw usageError('parse takes one FILE or URL; use "copydesk batch" for many');
  const format = values.format;
  if (!isFormat(format)) throw usageError(`unknown --format "${format}": use ${FORMATS.join(', ')}`);
  const given = values.type;
  if (given !== undefined && given !== 'html' && given !== 'text')
    throw usageError(`unknown --type "${given}": use html or text`);
  let type: 'html' | 'text' | undefined = given;
  const timeoutMs = parsePositive('timeout', values.timeout, 30) * 1000;
  const maxBytes = parsePositive('max-bytes', values['max-bytes'], 20_000_000);
  const limits = readLimits(values);
  const sites = values.sites === undefined ? undefined : readSitesFile(values.sites);

  const source = positionals[0];
  let bytes: Uint8Array;
  let url = values.url;
  if (source && looksLikeUrl(source)) {
    const page = await fetchUrl(source, { timeoutMs, maxBytes, maxRedirects: MAX_REDIRECTS });
    bytes = page.bytes;
    url ??= page.url;
    if (!type && page.contentType?.includes('html')) type = 'html';
  } else {
    bytes = await readInput(source);
  }
  if (bytes.length === 0 || !Buffer.from(bytes).toString('utf8').trim())
    throw new CliError('the input is empty');
  let article: Article;
  try {
    article = parseArticle(bytes, {
      publishedAt: values.published,
      fetchedAt: values.fetched,
      url,
      type,
      sites,
      limits,
    });
  } catch (error) {
    if (error instanceof CopydeskError) throw new CliError(`${error.code}: ${error.message}`);
    throw error;
  }
  process.stdout.write(renderArticle(article, format, values.pretty));
}
