// `pnpm bench speed [--passes N]`: how fast the story layer runs on plain-text news, as users call it.
//   - parseArticle on the PolNeAR articles (plain text, every extractor on), in words per CPU second, words as
//     `Article.wordCount` counts them: the built package, as users import it (`pnpm build` first), and the source
//     through tsx beside it;
//   - the name tagger alone (`tagNames`, what `recogniseNames` reads) on the same documents' tokens, in tokens per
//     CPU second;
//   - the gzip size of the shipped model data (tagger weights, clusters, gazetteers): the browser entry's
//     (English) against the target, and each other language's chunk.
// Best of N passes (default 3) after a warm-up pass; CPU time of this process, so the other core's load matters less.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { annotate } from '../src/nlp/annotate';
import { tagNames } from '../src/nlp/ner/tag-names';
import { parseArticle as sourceParseArticle } from '../src/parse';
import { readText } from '../src/read/text/read-text';
import { builtParseArticle } from './_built-package';

const shared = process.env.COPYDESK_SHARED ?? '../shared';
const passesAt = process.argv.indexOf('--passes');
const passes = passesAt > 0 ? Number(process.argv[passesAt + 1]) : 3;
const root = join(shared, 'corpora', 'polnear-traindev');

const texts: string[] = [];
for (const split of ['train', 'dev']) {
  const dir = join(root, split, 'text');
  for (const file of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, file), 'utf8'));
}

function cpuSeconds(run: () => void): number {
  globalThis.gc?.();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function best(run: () => void): number {
  run();
  let fastest = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) fastest = Math.min(fastest, cpuSeconds(run));
  return fastest;
}

const parseArticle = await builtParseArticle();
let words = 0;
const parseSeconds = best(() => {
  words = 0;
  for (const text of texts) words += parseArticle(text, { type: 'text' }).wordCount;
});
const sourceSeconds = best(() => {
  for (const text of texts) sourceParseArticle(text, { type: 'text' });
});

const docs = texts.map((text) => annotate(readText(text)));
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const tagSeconds = best(() => {
  for (const d of docs) tagNames(d.tokens, d.sentences.length);
});

const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
console.log(
  `PolNeAR train+dev: ${texts.length} articles, ${words.toLocaleString('en')} words, ${tokens.toLocaleString('en')} tokens`,
);
console.log(
  `parseArticle (plain text, every extractor), built package: ${rate(words, parseSeconds)} words/s (target 100,000)`,
);
console.log(
  `parseArticle from source through tsx (not what users run): ${rate(words, sourceSeconds)} words/s`,
);
console.log(
  `name tagger (tagNames on annotated tokens):  ${rate(tokens, tagSeconds)} tokens/s (target 200,000)`,
);

// Shipped data: every generated file under src/nlp (weights, clusters, gazetteers), gzipped one by one and together.
const src = fileURLToPath(new URL('../src/nlp', import.meta.url));
const generated: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.gen.ts')) generated.push(path);
  }
};
walk(src);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
// Each language other than English is a chunk of its own, fetched by loadLanguage: the browser entry carries
// English's weights, clusters and the gazetteers, and the target is on those.
const languageOf = (path: string) => /ner[\\/]model[\\/]([a-z]{2})[\\/]/.exec(path)?.[1] ?? 'en';
const byLanguage = new Map<string, string>();
for (const path of generated.sort()) {
  const text = readFileSync(path, 'utf8');
  const lang = languageOf(path);
  byLanguage.set(lang, (byLanguage.get(lang) ?? '') + text);
  console.log(
    `  ${relative(src, path).padEnd(40)} ${kb(text.length).padStart(8)}  gzip ${kb(gzipSync(text).length)}`,
  );
}
console.log(
  `model data in the browser entry (English and the gazetteers): gzip ${kb(gzipSync(byLanguage.get('en') ?? '').length)} (target <= 2048 KB)`,
);
for (const [lang, text] of [...byLanguage].filter(([l]) => l !== 'en'))
  console.log(`  ${lang}, loaded on demand: gzip ${kb(gzipSync(text).length)}`);
