// `pnpm bench html [--limit N] [--worst N]`: copydesk against Readability (on linkedom) and
// article-extractor on the WCXB development articles, plus publication dates on htmldate-dev.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractFromHtml } from '@extractus/article-extractor';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../src/index';

const shared = process.env.COPYDESK_SHARED ?? join(import.meta.dirname, '../../../../shared');
const args = process.argv.slice(2);
const flag = (name: string): number | null => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : null;
};
const limit = flag('--limit') ?? Number.POSITIVE_INFINITY;
const worst = flag('--worst') ?? 0;
const OFF = { quotes: false, entities: false, dates: false, casualties: false };

interface Result {
  body: string;
  title: string | null;
  author: string | null;
  date: string | null;
  /** copydesk only: the modification date, to tell apart misses where the gold is a page's last update. */
  modified?: string | null;
  ms: number;
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const bag = new Map<string, number>();
  const n = Math.max(1, t.length - 3);
  for (let i = 0; i < n && t.length > 0; i++) {
    const key = t.slice(i, i + 4).join(' ');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** ScrapingHub-style body score: bags of 4-token shingles, per-page precision and recall. */
function scoreBody(predicted: string, gold: string): { p: number; r: number } {
  const a = shingles(predicted);
  const b = shingles(gold);
  let tp = 0;
  let pn = 0;
  let gn = 0;
  for (const [k, v] of a) {
    pn += v;
    tp += Math.min(v, b.get(k) ?? 0);
  }
  for (const v of b.values()) gn += v;
  return { p: pn ? tp / pn : gn ? 0 : 1, r: gn ? tp / gn : 1 };
}

function normal(s: string | null): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstName(s: string | null): string {
  return normal((s ?? '').replace(/^\s*by\s+/i, '').split(/\s*(?:,|&|\band\b|\|)\s*/)[0] ?? '');
}

function sameAuthor(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  return normal(pred.replace(/^\s*by\s+/i, '')) === normal(gold) || firstName(pred) === firstName(gold);
}

function day(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function stripTags(html: string): string {
  return html
    .replace(/<(?:p|div|h\d|li|br|tr|blockquote|pre|figure)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function runCopydesk(html: string, url: string, extractors = OFF): Result {
  const t0 = performance.now();
  try {
    const a = parseArticle({ html, url }, { extractors });
    const ms = performance.now() - t0;
    return {
      body: a.paragraphs.map((p) => p.text).join('\n\n'),
      title: a.headline,
      author: a.authors.map((x) => x.name).join(', ') || null,
      date: a.publishedAt,
      modified: a.modifiedAt,
      ms,
    };
  } catch {
    return { body: '', title: null, author: null, date: null, ms: performance.now() - t0 };
  }
}

function runReadability(html: string): Result {
  const t0 = performance.now();
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    const ms = performance.now() - t0;
    return {
      body: r?.textContent ?? '',
      title: r?.title ?? null,
      author: r?.byline ?? null,
      date: r?.publishedTime ?? null,
      ms,
    };
  } catch {
    return { body: '', title: null, author: null, date: null, ms: performance.now() - t0 };
  }
}

async function runExtractor(html: string, url: string): Promise<Result> {
  const t0 = performance.now();
  try {
    const r = await extractFromHtml(html, url);
    const ms = performance.now() - t0;
    return {
      body: stripTags(r?.content ?? ''),
      title: r?.title ?? null,
      author: r?.author ?? null,
      date: r?.published ?? null,
      ms,
    };
  } catch {
    return { body: '', title: null, author: null, date: null, ms: performance.now() - t0 };
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

interface Tally {
  p: number[];
  r: number[];
  title: [number, number];
  author: [number, number];
  date: [number, number];
  htmldate: [number, number];
  ms: number[];
}

const tally = (): Tally => ({
  p: [],
  r: [],
  title: [0, 0],
  author: [0, 0],
  date: [0, 0],
  htmldate: [0, 0],
  ms: [],
});

const SYSTEMS = ['copydesk', 'readability', 'article-extractor'] as const;
const tallies = Object.fromEntries(SYSTEMS.map((s) => [s, tally()])) as Record<
  (typeof SYSTEMS)[number],
  Tally
>;
const allOnMs: number[] = [];
const losses: { id: string; loss: number; f: number }[] = [];

const wcxb = join(shared, 'corpora/wcxb-dev');
const files = (
  JSON.parse(readFileSync(join(wcxb, 'metadata.json'), 'utf8')) as {
    files: Record<string, { page_type: string }>;
  }
).files;
const ids = readdirSync(join(wcxb, 'ground-truth'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((id) => files[id]?.page_type === 'article' && existsSync(join(wcxb, 'html', `${id}.html.gz`)))
  .sort()
  .slice(0, limit);

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

for (const id of ids) {
  const gt = JSON.parse(readFileSync(join(wcxb, 'ground-truth', `${id}.json`), 'utf8')) as {
    url: string;
    ground_truth: {
      title: string | null;
      author: string | null;
      publish_date: string | null;
      main_content: string;
    };
  };
  const html = gunzipSync(readFileSync(join(wcxb, 'html', `${id}.html.gz`))).toString('utf8');
  const g = gt.ground_truth;
  const results = {
    copydesk: runCopydesk(html, gt.url),
    readability: runReadability(html),
    'article-extractor': await runExtractor(html, gt.url),
  };
  allOnMs.push(runCopydesk(html, gt.url, { quotes: true, entities: true, dates: true, casualties: true }).ms);
  for (const s of SYSTEMS) {
    const res = results[s];
    const t = tallies[s];
    const { p, r } = scoreBody(res.body, g.main_content ?? '');
    t.p.push(p);
    t.r.push(r);
    t.ms.push(res.ms);
    if (g.title) {
      t.title[1]++;
      if (normal(res.title) === normal(g.title)) t.title[0]++;
    }
    if (g.author) {
      t.author[1]++;
      if (sameAuthor(res.author, g.author)) t.author[0]++;
    }
    if (g.publish_date) {
      t.date[1]++;
      if (day(res.date) === g.publish_date.slice(0, 10)) t.date[0]++;
    }
  }
  const mine = scoreBody(results.copydesk.body, g.main_content ?? '');
  const theirs = scoreBody(results.readability.body, g.main_content ?? '');
  losses.push({ id, loss: f1(theirs.p, theirs.r) - f1(mine.p, mine.r), f: f1(mine.p, mine.r) });
}

const htmldate = join(shared, 'corpora/htmldate-dev');
const gold = JSON.parse(readFileSync(join(htmldate, 'gold.json'), 'utf8')) as Record<
  string,
  { file: string; date: string }
>;
let dated = 0;
// copydesk's htmldate-dev misses, by kind: no date found, gold equal to the page's modification date, other.
const misses = { none: 0, modified: 0, other: 0 };
for (const [url, { file, date }] of Object.entries(gold)) {
  const path = join(htmldate, 'html', `${file}.gz`);
  if (!date || !existsSync(path) || dated >= limit) continue;
  dated++;
  const html = gunzipSync(readFileSync(path)).toString('utf8');
  const results = {
    copydesk: runCopydesk(html, url),
    readability: runReadability(html),
    'article-extractor': await runExtractor(html, url),
  };
  for (const s of SYSTEMS) {
    tallies[s].htmldate[1]++;
    if (day(results[s].date) === date.slice(0, 10)) tallies[s].htmldate[0]++;
  }
  const c = results.copydesk;
  if (day(c.date) !== date.slice(0, 10)) {
    if (!c.date) misses.none++;
    else if (day(c.modified ?? null) === date.slice(0, 10)) misses.modified++;
    else misses.other++;
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const pct = ([a, b]: [number, number]) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const rows = SYSTEMS.map((s) => {
  const t = tallies[s];
  const p = mean(t.p);
  const r = mean(t.r);
  return [
    s,
    p.toFixed(3),
    r.toFixed(3),
    f1(p, r).toFixed(3),
    pct(t.title),
    pct(t.author),
    pct(t.date),
    pct(t.htmldate),
    median(t.ms).toFixed(2),
  ];
});
rows.push(['copydesk, all extractors on', '', '', '', '', '', '', '', median(allOnMs).toFixed(2)]);
const head = [
  'system',
  'body P',
  'body R',
  'body F1',
  'title',
  'author',
  'date',
  `htmldate-dev date (${dated})`,
  'median ms',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(
  `WCXB dev, ${ids.length} article pages; htmldate-dev, ${dated} pages with a gold date\n\n`,
);
process.stdout.write(`${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n`);
for (const r of rows) process.stdout.write(`${line(r)}\n`);
process.stdout.write(
  `\ncopydesk's htmldate-dev misses: ${misses.none} no date found, ${misses.modified} gold equal to copydesk's modifiedAt (htmldate dates a page by its latest update), ${misses.other} other\n`,
);
if (worst > 0) {
  process.stdout.write('\nPages where copydesk trails Readability most (id, F1 loss, copydesk F1):\n');
  for (const l of losses.sort((a, b) => b.loss - a.loss).slice(0, worst))
    process.stdout.write(`${l.id}  ${l.loss.toFixed(3)}  ${l.f.toFixed(3)}\n`);
}
