// `pnpm bench html [--limit N] [--worst N] [--half tune|report] [--json FILE] [--against FILE]`: copydesk against Readability (on
// linkedom) and article-extractor, every corpus reported on its own (a rule that helps one corpus and costs another
// is not a rule):
//   - WCXB dev (787 article pages): body P/R/F1 on 4-token shingles (the ScrapingHub metric), title, author, date;
//   - htmldate-dev (pages with a gold publication date): date;
//   - trafilatura-dev (590 of the htmldate-dev pages): body as trafilatura scores it ('with' snippets found are
//     true positives, missing ones false negatives, 'without' snippets found false positives), title, author, date;
//   - readability-pages (130 pages from 130 sites): title, byline, date, language and site name where Readability's
//     expected output gives one (Readability's own output, so its row there is no contest).
// Titles match when equal after normalising, or when the gold is the prediction plus a site-name suffix.
// Then a leave-one-corpus-out view of copydesk: for each field, the corpus left out against the mean of the others.
// `--half tune` keeps the pages whose name hashes even, `--half report` the others: choose rules on the tune half
// and read the report half once, at the end (the halves are fixed, so every run compares like with like).
// copydesk runs from its built package (`pnpm build` first), as Readability and article-extractor run from theirs.
// `--json FILE` saves copydesk's per-corpus scores; `--against FILE` prints the change from a saved run per corpus
// and names every field that gains on one corpus while losing on another.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractFromHtml } from '@extractus/article-extractor';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { builtParseArticle } from './_built-package';

const parseArticle = await builtParseArticle();
const shared = process.env.COPYDESK_SHARED ?? join(import.meta.dirname, '../../../../shared');
const args = process.argv.slice(2);
const flag = (name: string): number | null => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : null;
};
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const limit = flag('--limit') ?? Number.POSITIVE_INFINITY;
const half = option('--half');
if (half !== null && half !== 'tune' && half !== 'report') throw new Error('--half takes tune or report');
/** Whether a page (by its file name) is in the half asked for: FNV-1a of the name, even for tune. */
function inHalf(name: string): boolean {
  if (half === null) return true;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return (h % 2 === 0) === (half === 'tune');
}
const worst = flag('--worst') ?? 0;
const OFF = { quotes: false, entities: false, dates: false, casualties: false };

interface Result {
  body: string;
  title: string | null;
  author: string | null;
  date: string | null;
  /** copydesk only: the modification date, to tell apart misses where the gold is a page's last update. */
  modified?: string | null;
  language?: string | null;
  siteName?: string | null;
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

// Peers sometimes return a non-string author (an object or a list); it is compared as its string form.
const asText = (s: unknown): string => (typeof s === 'string' ? s : s == null ? '' : String(s));

function normal(s: unknown): string {
  return asText(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// A gold title that is ours plus a site suffix ("How to Build a Terrarium | eHow", "… – Firefox Nightly News") is
// a match: the site's name is not part of the headline (copydesk reports it as `source.siteName`). Applied to every
// system alike.
const SUFFIX = /^\s*(?:[|\-–—·:_»]|\[|\()/u;
function sameTitle(pred: unknown, gold: string): boolean {
  const a = normal(pred);
  const b = normal(gold);
  if (!a) return false;
  return a === b || (b.startsWith(a) && SUFFIX.test(b.slice(a.length)));
}

// Names are listed with commas, semicolons (trafilatura-dev's "Sarah Hinger; Sylvia Torres-Guillén") or the page
// language's "and" ("Benjamin Fischer und Marcus Theurer") or "with" ("Dieter Hogen with Uta Pippig"): the first
// name is compared, for every system alike.
function firstName(s: unknown): string {
  return normal(
    asText(s)
      .replace(/^\s*by\s+/i, '')
      .split(/\s*(?:,|;|&|\b(?:and|with|und|et|y|e|en)\b|\|)\s*/)[0] ?? '',
  );
}

// Readability's expected bylines are a byline element's whole text, at times with its date run on ("by Lucas
// Nolan22 Dec 2016", "By Nathan Willis March 25, 2015"): a name that opens the gold, no letter after it, is that
// name. For every system alike.
function opensGold(pred: unknown, gold: string): boolean {
  const p = normal(String(pred).replace(/^\s*by\s+/i, ''));
  const g = normal(gold.replace(/^\s*by\s+/i, ''));
  return p.length >= 3 && g.startsWith(p) && !/\p{L}/u.test(g.charAt(p.length));
}

// trafilatura's gold lists several authors as an array: read as one byline, names joined by commas.
function sameAuthor(pred: unknown, goldValue: string | string[]): boolean {
  if (!pred) return false;
  const gold = Array.isArray(goldValue) ? goldValue.join(', ') : goldValue;
  return (
    normal(String(pred).replace(/^\s*by\s+/i, '')) === normal(gold) ||
    firstName(pred) === firstName(gold) ||
    opensGold(pred, gold)
  );
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

// copydesk gets the page's bytes, as `copydesk batch` passes a file (it decodes them by the declared charset or
// what the bytes show); the peers get the page decoded as UTF-8, as their users would pass a string.
function runCopydesk(html: Uint8Array, url: string, extractors = OFF): Result {
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
      language: a.language,
      siteName: a.source.siteName,
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
      language: r?.lang ?? null,
      siteName: r?.siteName ?? null,
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

const SYSTEMS = ['copydesk', 'readability', 'article-extractor'] as const;
type System = (typeof SYSTEMS)[number];
const CORPORA = ['wcxb-dev', 'htmldate-dev', 'trafilatura-dev', 'readability-pages'] as const;
type Corpus = (typeof CORPORA)[number];
/** The fields scored; a corpus scores those its gold has. */
const FIELDS = ['body', 'title', 'author', 'date', 'language', 'siteName'] as const;
type Field = (typeof FIELDS)[number];

/** Counts per field: hits of tries for exact fields; for body, the page means (WCXB) or snippet counts. */
interface Tally {
  hits: Record<Field, [number, number]>;
  /** WCXB: per-page shingle precision and recall. */
  p: number[];
  r: number[];
  /** trafilatura: snippets found and missed. */
  tp: number;
  fn: number;
  fp: number;
  ms: number[];
}

const tally = (): Tally => ({
  hits: Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as unknown as Record<Field, [number, number]>,
  p: [],
  r: [],
  tp: 0,
  fn: 0,
  fp: 0,
  ms: [],
});
const tallies = Object.fromEntries(
  CORPORA.map((c) => [c, Object.fromEntries(SYSTEMS.map((s) => [s, tally()]))]),
) as Record<Corpus, Record<System, Tally>>;
const allOnMs: number[] = [];
const losses: { id: string; loss: number; f: number }[] = [];
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function count(t: Tally, field: Field, ok: boolean): void {
  t.hits[field][1]++;
  if (ok) t.hits[field][0]++;
}

async function runAll(bytes: Buffer, url: string): Promise<Record<System, Result>> {
  const html = bytes.toString('utf8');
  return {
    copydesk: runCopydesk(bytes, url),
    readability: runReadability(html),
    'article-extractor': await runExtractor(html, url),
  };
}

// WCXB dev.
const wcxb = join(shared, 'corpora/wcxb-dev');
const files = (
  JSON.parse(readFileSync(join(wcxb, 'metadata.json'), 'utf8')) as {
    files: Record<string, { page_type: string }>;
  }
).files;
const ids = readdirSync(join(wcxb, 'ground-truth'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((id) => files[id]?.page_type === 'article' && existsSync(join(wcxb, 'html', `${id}.html.gz`)))
  .filter(inHalf)
  .sort()
  .slice(0, limit);

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
  const html = gunzipSync(readFileSync(join(wcxb, 'html', `${id}.html.gz`)));
  const g = gt.ground_truth;
  const results = await runAll(html, gt.url);
  allOnMs.push(runCopydesk(html, gt.url, { quotes: true, entities: true, dates: true, casualties: true }).ms);
  for (const s of SYSTEMS) {
    const res = results[s];
    const t = tallies['wcxb-dev'][s];
    const { p, r } = scoreBody(res.body, g.main_content ?? '');
    t.p.push(p);
    t.r.push(r);
    t.ms.push(res.ms);
    if (g.title) count(t, 'title', sameTitle(res.title, g.title));
    if (g.author) count(t, 'author', sameAuthor(res.author, g.author));
    if (g.publish_date) count(t, 'date', day(res.date) === g.publish_date.slice(0, 10));
  }
  const mine = scoreBody(results.copydesk.body, g.main_content ?? '');
  const theirs = scoreBody(results.readability.body, g.main_content ?? '');
  losses.push({ id, loss: f1(theirs.p, theirs.r) - f1(mine.p, mine.r), f: f1(mine.p, mine.r) });
}

// htmldate-dev and trafilatura-dev: the same HTML files, each page parsed once and scored against both golds.
const htmldate = join(shared, 'corpora/htmldate-dev');
const dateGold = JSON.parse(readFileSync(join(htmldate, 'gold.json'), 'utf8')) as Record<
  string,
  { file: string; date: string }
>;
interface TrafilaturaGold {
  file: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string | string[];
  date?: string;
}
const trafilaturaPath = join(shared, 'corpora/trafilatura-dev/gold.json');
const snippetGold = existsSync(trafilaturaPath)
  ? (JSON.parse(readFileSync(trafilaturaPath, 'utf8')) as Record<string, TrafilaturaGold>)
  : {};
const byFile = new Map<string, { url: string; date?: string; snippets?: TrafilaturaGold }>();
for (const [url, { file, date }] of Object.entries(dateGold)) if (date) byFile.set(file, { url, date });
for (const [url, gold] of Object.entries(snippetGold)) {
  const entry = byFile.get(gold.file) ?? { url };
  entry.snippets = gold;
  byFile.set(gold.file, entry);
}
// Snippets are compared with typography folded on both sides, for every system alike: copydesk's canonical text
// straightens quotes and drops soft hyphens (its spans index that one text), which no gold snippet does.
const squash = (text: string) =>
  text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/["'`\u2018-\u201f\u00ab\u00bb\u2039\u203a]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
// trafilatura-dev's body by the page's language: issue 15 reads non-English pages apart, where boilerplate labels
// and length thresholds written for English fail first. The language is the page's own `<html lang>`, else
// copydesk's identification; the same split for every system.
const snippetsByLanguage = Object.fromEntries(
  ['English', 'other languages'].map((g) => [g, Object.fromEntries(SYSTEMS.map((s) => [s, tally()]))]),
) as Record<'English' | 'other languages', Record<System, Tally>>;
const primaryLanguage = (tag: string | null | undefined) => tag?.toLowerCase().split(/[-_]/)[0] || null;
function languageOfPage(html: Buffer): string | null {
  const m = /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})/i.exec(html.subarray(0, 4096).toString('latin1'));
  return m ? m[1]!.toLowerCase() : null;
}
// copydesk's htmldate-dev misses, by kind: no date found, gold equal to the page's modification date, other.
const misses = { none: 0, modified: 0, other: 0 };
let pages = 0;
for (const [file, { url, date, snippets }] of [...byFile].sort((a, b) => a[0].localeCompare(b[0]))) {
  const path = join(htmldate, 'html', `${file}.gz`);
  if (!existsSync(path) || pages >= limit || !inHalf(file)) continue;
  pages++;
  const html = gunzipSync(readFileSync(path));
  const results = await runAll(html, url);
  const pageLanguage = languageOfPage(html) ?? primaryLanguage(results.copydesk.language);
  for (const s of SYSTEMS) {
    const res = results[s];
    if (date) {
      const t = tallies['htmldate-dev'][s];
      count(t, 'date', day(res.date) === date.slice(0, 10));
      t.ms.push(res.ms);
    }
    if (snippets) {
      const t = tallies['trafilatura-dev'][s];
      const byLanguage = snippetsByLanguage[pageLanguage === 'en' ? 'English' : 'other languages'][s];
      const body = squash(res.body);
      for (const w of snippets.with) {
        const found = body.includes(squash(w));
        if (found) t.tp++;
        else t.fn++;
        if (found) byLanguage.tp++;
        else byLanguage.fn++;
      }
      for (const w of snippets.without)
        if (body.includes(squash(w))) {
          t.fp++;
          byLanguage.fp++;
        }
      if (snippets.title) count(t, 'title', sameTitle(res.title, snippets.title));
      if (snippets.author) count(t, 'author', sameAuthor(res.author, snippets.author));
      if (snippets.date) count(t, 'date', day(res.date) === snippets.date.slice(0, 10));
      t.ms.push(res.ms);
      byLanguage.ms.push(res.ms);
    }
  }
  const c = results.copydesk;
  if (date && day(c.date) !== date.slice(0, 10)) {
    if (!c.date) misses.none++;
    else if (day(c.modified ?? null) === date.slice(0, 10)) misses.modified++;
    else misses.other++;
  }
}

// readability-pages: Readability's expected metadata for its own test pages.
const readabilityRoot = join(shared, 'corpora/readability-pages/pages');
const readabilityPages = existsSync(readabilityRoot)
  ? readdirSync(readabilityRoot).filter(inHalf).sort().slice(0, limit)
  : [];
const language = (tag: string | null | undefined) => (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
for (const name of readabilityPages) {
  const dir = join(readabilityRoot, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as {
    title: string | null;
    byline: string | null;
    lang: string | null;
    siteName: string | null;
    publishedTime: string | null;
  };
  const html = gunzipSync(readFileSync(join(dir, 'source.html.gz')));
  const results = await runAll(html, `http://fakehost/test/${name}/`);
  for (const s of SYSTEMS) {
    const res = results[s];
    const t = tallies['readability-pages'][s];
    t.ms.push(res.ms);
    if (expected.title) count(t, 'title', sameTitle(res.title, expected.title));
    if (expected.byline) count(t, 'author', sameAuthor(res.author, expected.byline));
    if (expected.publishedTime) count(t, 'date', day(res.date) === day(expected.publishedTime));
    if (expected.lang) count(t, 'language', language(res.language) === language(expected.lang));
    if (expected.siteName) count(t, 'siteName', normal(res.siteName ?? null) === normal(expected.siteName));
  }
}

/**
 * Medians per WCXB dev page of copydesk's page read, copydesk with every extractor on, and Readability, each
 * system alone over all the pages: two rounds, the second in the reverse order, so neither warms up for the other.
 */
function timeAlone(): { page: number; allOn: number; readability: number } {
  const pages = ids.map((id) => ({
    bytes: gunzipSync(readFileSync(join(wcxb, 'html', `${id}.html.gz`))),
    url: (JSON.parse(readFileSync(join(wcxb, 'ground-truth', `${id}.json`), 'utf8')) as { url: string }).url,
  }));
  const ALL_ON = { quotes: true, entities: true, dates: true, casualties: true };
  const runs: Record<'page' | 'allOn' | 'readability', (p: (typeof pages)[number]) => number> = {
    page: (p) => runCopydesk(p.bytes, p.url).ms,
    allOn: (p) => runCopydesk(p.bytes, p.url, ALL_ON).ms,
    readability: (p) => runReadability(p.bytes.toString('utf8')).ms,
  };
  const ms = { page: [] as number[], allOn: [] as number[], readability: [] as number[] };
  const order = ['page', 'allOn', 'readability'] as const;
  for (const round of [order, [...order].reverse()])
    for (const system of round) for (const p of pages) ms[system].push(runs[system](p));
  return { page: median(ms.page), allOn: median(ms.allOn), readability: median(ms.readability) };
}

/** A field's score on a corpus, or null when the corpus has no gold for it. */
function score(t: Tally, field: Field): number | null {
  if (field === 'body') {
    if (t.p.length) return f1(mean(t.p), mean(t.r));
    const found = t.tp + t.fp;
    const wanted = t.tp + t.fn;
    return wanted ? f1(found ? t.tp / found : 0, t.tp / wanted) : null;
  }
  const [hits, tries] = t.hits[field];
  return tries ? hits / tries : null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const pct = ([a, b]: [number, number]) => (b ? `${((100 * a) / b).toFixed(1)}%` : '');
function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(`${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  process.stdout.write('\n');
}

const sizes: Record<Corpus, string> = {
  'wcxb-dev': `${ids.length} article pages`,
  'htmldate-dev': `${tallies['htmldate-dev'].copydesk.hits.date[1]} pages with a gold date`,
  'trafilatura-dev': `${tallies['trafilatura-dev'].copydesk.ms.length} pages, snippet gold`,
  'readability-pages': `${readabilityPages.length} pages, Readability's expected metadata`,
};
for (const corpus of CORPORA) {
  const used = FIELDS.filter((f) => SYSTEMS.some((s) => score(tallies[corpus][s], f) !== null));
  if (!used.length) continue;
  process.stdout.write(`### ${corpus} (${sizes[corpus]})\n\n`);
  const rows = SYSTEMS.map((s) => {
    const t = tallies[corpus][s];
    const body = t.p.length
      ? [mean(t.p).toFixed(3), mean(t.r).toFixed(3), score(t, 'body')!.toFixed(3)]
      : t.tp + t.fn
        ? [
            (t.tp / Math.max(1, t.tp + t.fp)).toFixed(3),
            (t.tp / (t.tp + t.fn)).toFixed(3),
            score(t, 'body')!.toFixed(3),
          ]
        : null;
    return [
      s,
      ...(used.includes('body') ? (body ?? ['', '', '']) : []),
      ...used.filter((f) => f !== 'body').map((f) => pct(t.hits[f])),
      median(t.ms).toFixed(2),
    ];
  });
  if (corpus === 'wcxb-dev')
    rows.push(['copydesk, all extractors on', '', '', '', '', '', '', median(allOnMs).toFixed(2)]);
  table(
    [
      'system',
      ...(used.includes('body') ? ['body P', 'body R', 'body F1'] : []),
      ...used.filter((f) => f !== 'body'),
      'median ms',
    ],
    rows,
  );
}
{
  process.stdout.write('### trafilatura-dev body by page language (snippet F1; pages)\n\n');
  const groups = ['English', 'other languages'] as const;
  table(
    ['system', ...groups],
    SYSTEMS.map((s) => [
      s,
      ...groups.map((g) => {
        const t = snippetsByLanguage[g][s];
        return `${score(t, 'body')?.toFixed(3) ?? 'n/a'} (${t.ms.length})`;
      }),
    ]),
  );
}
// Issue 15's time targets, read off WCXB dev medians of this same run (the machine's load cancels out), two ways:
// - interleaved, from the scoring loop above, where each page goes through every system in turn, so each system's
//   times include collecting the garbage the others left (linkedom's DOM is most of it);
// - each library alone (timeAlone), the way a batch job runs one of them: the figure the targets are read from.
{
  const interleaved = median(tallies['wcxb-dev'].readability.ms);
  const ratio = (ms: number, of: number) => (of > 0 ? (ms / of).toFixed(2) : 'n/a');
  const alone = timeAlone();
  process.stdout.write(
    `time against Readability (WCXB dev medians), each library alone: page read ${ratio(alone.page, alone.readability)} of Readability's (target <= 0.20), every extractor on ${ratio(alone.allOn, alone.readability)} (target <= 1.00); ms: page read ${alone.page.toFixed(2)}, every extractor on ${alone.allOn.toFixed(2)}, Readability ${alone.readability.toFixed(2)}\n` +
      `interleaved with the other systems, page by page: page read ${ratio(median(tallies['wcxb-dev'].copydesk.ms), interleaved)}, every extractor on ${ratio(median(allOnMs), interleaved)}\n\n`,
  );
}
process.stdout.write(
  `copydesk's htmldate-dev misses: ${misses.none} no date found, ${misses.modified} gold equal to copydesk's modifiedAt (htmldate dates a page by its latest update), ${misses.other} other\n\n`,
);

// Leave one corpus out: copydesk's score on each corpus beside the mean of the other corpora that score the field.
const mine: Record<string, Record<string, number>> = {};
for (const corpus of CORPORA) {
  mine[corpus] = {};
  for (const f of FIELDS) {
    const v = score(tallies[corpus].copydesk, f);
    if (v !== null) mine[corpus]![f] = v;
  }
}
process.stdout.write('### copydesk, leave one corpus out (left-out corpus / mean of the others)\n\n');
table(
  ['field', ...CORPORA],
  FIELDS.map((f) => [
    f,
    ...CORPORA.map((c) => {
      const here = mine[c]![f];
      const others = CORPORA.filter((o) => o !== c && mine[o]![f] !== undefined).map((o) => mine[o]![f]!);
      if (here === undefined) return '';
      return others.length ? `${here.toFixed(3)} / ${mean(others).toFixed(3)}` : here.toFixed(3);
    }),
  ]),
);

const save = option('--json');
if (save) writeFileSync(save, `${JSON.stringify(mine, null, 2)}\n`);
const against = option('--against');
if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as typeof mine;
  process.stdout.write(`### change from ${against}\n\n`);
  const mixed: string[] = [];
  table(
    ['field', ...CORPORA],
    FIELDS.map((f) => {
      const deltas = CORPORA.map((c) =>
        mine[c]![f] !== undefined && before[c]?.[f] !== undefined ? mine[c]![f]! - before[c]![f]! : null,
      );
      if (deltas.some((d) => d !== null && d > 0.0005) && deltas.some((d) => d !== null && d < -0.0005))
        mixed.push(f);
      return [f, ...deltas.map((d) => (d === null ? '' : `${d >= 0 ? '+' : ''}${(100 * d).toFixed(1)}`))];
    }),
  );
  process.stdout.write(
    mixed.length
      ? `gains on one corpus and losses on another (not a rule until that is resolved): ${mixed.join(', ')}\n`
      : 'no field gains on one corpus while losing on another\n',
  );
}
if (worst > 0) {
  process.stdout.write('\nWCXB pages where copydesk trails Readability most (id, F1 loss, copydesk F1):\n');
  for (const l of losses.sort((a, b) => b.loss - a.loss).slice(0, worst))
    process.stdout.write(`${l.id}  ${l.loss.toFixed(3)}  ${l.f.toFixed(3)}\n`);
}
