// `pnpm bench language`: `Article.language` from `parseArticle`, as users get it, on every corpus with a known
// language, each reported on its own:
//   - readability-pages: the 73 pages whose expected metadata gives a language (the issue's target, ≥ 0.97);
//   - CoNLL-2002 Spanish and Dutch testa, GermEval 2014 dev, WikiANN de/fr/nl/pt/en: 40-token runs of each
//     corpus's text parsed as plain text (no declaration: the detector alone);
//   - htmldate-dev and WCXB dev pages that declare `<html lang>`: agreement with the declaration, which is often a
//     template's (the disagreements are listed with `--show N`; most pages declaring "en" are German). No shared
//     corpus but readability-pages gives a page's language: trafilatura-dev's pages are htmldate-dev's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../src/index';

const shared = process.env.COPYDESK_SHARED ?? join(import.meta.dirname, '../../../../shared');
const corpora = join(shared, 'corpora');
const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const primary = (tag: string | null | undefined) => (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';

interface Row {
  corpus: string;
  gold: string;
  got: string;
  ms: number;
  what: string;
}
const rows: Row[] = [];

function runText(corpus: string, gold: string, tokens: string[], size = 40, most = 150): void {
  let n = 0;
  for (let i = 0; i + size <= tokens.length && n < most; i += size * 7, n++) {
    const text = tokens.slice(i, i + size).join(' ');
    const t0 = performance.now();
    const a = parseArticle({ text }, { extractors: OFF });
    rows.push({
      corpus,
      gold,
      got: primary(a.language),
      ms: performance.now() - t0,
      what: text.slice(0, 80),
    });
  }
}

const wikiann = join(corpora, 'wikiann-train');
for (const lang of ['de', 'fr', 'nl', 'pt', 'en']) {
  const file = join(wikiann, `${lang}.train`);
  if (!existsSync(file)) continue;
  const tokens = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (l.split('\t')[0] ?? '').replace(/^\w+:/, ''));
  runText(`wikiann-${lang}`, lang, tokens);
}
for (const [file, lang] of [
  ['esp.testa', 'es'],
  ['ned.testa', 'nl'],
] as const) {
  const path = join(corpora, 'conll2002-traindev', file);
  if (!existsSync(path)) continue;
  const tokens = readFileSync(path, 'latin1')
    .split('\n')
    .filter((l) => l && !l.startsWith('-DOCSTART'))
    .map((l) => l.split(' ')[0] ?? '');
  runText(`conll2002-${lang}`, lang, tokens);
}
const germeval = join(corpora, 'germeval2014-dev', 'NER-de-dev.tsv');
if (existsSync(germeval))
  runText(
    'germeval-de',
    'de',
    readFileSync(germeval, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t')[1] ?? ''),
  );

const pages = join(corpora, 'readability-pages', 'pages');
if (existsSync(pages))
  for (const name of readdirSync(pages).sort()) {
    const expected = JSON.parse(readFileSync(join(pages, name, 'expected-metadata.json'), 'utf8')) as {
      lang: string | null;
    };
    if (!expected.lang) continue;
    const html = gunzipSync(readFileSync(join(pages, name, 'source.html.gz')));
    const t0 = performance.now();
    const a = parseArticle({ html }, { extractors: OFF });
    rows.push({
      corpus: 'readability-pages',
      gold: primary(expected.lang),
      got: primary(a.language),
      ms: performance.now() - t0,
      what: name,
    });
  }

/** Pages of a folder that declare `<html lang>`: agreement with the declaration (no corpus gives a gold one). */
function runDeclared(corpus: string, folder: string): void {
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder).sort()) {
    const html = gunzipSync(readFileSync(join(folder, file)));
    const declared = /<html[^>]*\blang=["']?([a-zA-Z]{2,3})/i.exec(html.subarray(0, 4000).toString('latin1'));
    if (!declared) continue;
    const t0 = performance.now();
    const a = parseArticle({ html }, { extractors: OFF });
    rows.push({
      corpus,
      gold: primary(declared[1]),
      got: primary(a.language),
      ms: performance.now() - t0,
      what: `${file}: ${a.paragraphs[0]?.text.slice(0, 60) ?? ''}`,
    });
  }
}
// trafilatura-dev's pages are htmldate-dev's (its gold gives no language); WCXB's ground truth gives none either.
runDeclared('htmldate-declared', join(corpora, 'htmldate-dev', 'html'));
runDeclared('wcxb-declared', join(corpora, 'wcxb-dev', 'html'));

const names = [...new Set(rows.map((r) => r.corpus))];
process.stdout.write('| corpus | texts | Article.language right | none given |\n| --- | --- | --- | --- |\n');
for (const corpus of names) {
  const mine = rows.filter((r) => r.corpus === corpus);
  const right = mine.filter((r) => r.got === r.gold).length;
  const none = mine.filter((r) => r.got === '').length;
  process.stdout.write(
    `| ${corpus} | ${mine.length} | ${((100 * right) / mine.length).toFixed(1)}% | ${none} |\n`,
  );
}
process.stdout.write(
  "\n(htmldate-declared and wcxb-declared are agreement with the page's own `lang`, not accuracy: see `--show`.)\n",
);
// readability-pages by gold language: the one gold set, language by language.
const gold = rows.filter((r) => r.corpus === 'readability-pages');
const byLanguage = [...new Set(gold.map((r) => r.gold))].sort();
if (byLanguage.length > 0)
  process.stdout.write(
    `\nreadability-pages by language: ${byLanguage
      .map((l) => {
        const mine = gold.filter((r) => r.gold === l);
        return `${l} ${mine.filter((r) => r.got === l).length}/${mine.length}`;
      })
      .join(', ')}\n`,
  );
if (show > 0) {
  process.stdout.write('\nDISAGREEMENTS\n');
  for (const r of rows.filter((r) => r.got !== r.gold).slice(0, show))
    process.stdout.write(`${r.corpus}  gold ${r.gold}  got ${r.got || '(none)'}  ${r.what}\n`);
}
