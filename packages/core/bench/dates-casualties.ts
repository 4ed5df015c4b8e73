// `pnpm bench dates-casualties [--show N]`: speed of extractDates and extractCasualties on the PolNeAR
// articles (reference date from each file name), with N sample findings of each to read by eye.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractCasualties } from '../src/extract/casualties/extract-casualties';
import { extractDates } from '../src/extract/dates/extract-dates';
import { type Annotated, annotate } from '../src/nlp/annotate';
import { findDateExpressions } from '../src/nlp/dates/find-date-expressions';
import { readText } from '../src/read/text/read-text';

const shared = process.env.COPYDESK_SHARED ?? '../shared';
const root = join(shared, 'corpora', 'polnear-traindev');
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1] ?? 10) : 0;

const docs: { doc: Annotated; reference: string | null }[] = [];
for (const split of ['train', 'dev']) {
  const dir = join(root, split, 'text');
  for (const file of readdirSync(dir).sort()) {
    const reference = /_(\d{4}-\d{2}-\d{2})_/.exec(file)?.[1] ?? null;
    docs.push({ doc: annotate(readText(readFileSync(join(dir, file), 'utf8'))), reference });
  }
}
const tokens = docs.reduce((n, d) => n + d.doc.tokens.length, 0);

function time(run: () => void): number {
  run();
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

// Date expressions are found once per document by annotate (cached on it), so the two timings below reuse them:
// this one times the finding itself.
const findSeconds = time(() => {
  for (const { doc } of docs) findDateExpressions(doc.tokens, doc.pack.story.dates, doc.pack.story.numbers);
});
let dates = 0;
let unresolved = 0;
let casualties = 0;
const dateSeconds = time(() => {
  dates = 0;
  unresolved = 0;
  for (const { doc, reference } of docs) {
    const found = extractDates(doc, reference).dates;
    dates += found.length;
    unresolved += found.filter((d) => d.value === null).length;
  }
});
const casualtySeconds = time(() => {
  casualties = 0;
  for (const { doc } of docs) casualties += extractCasualties(doc).length;
});

const rate = (s: number) => Math.round(tokens / s).toLocaleString('en');
console.log(`PolNeAR train+dev: ${docs.length} articles, ${tokens.toLocaleString('en')} tokens`);
console.log(`date expressions:  found once per document in annotate, ${rate(findSeconds)} tokens/s`);
console.log(`extractDates:      ${dates} dates (${unresolved} unresolved), ${rate(dateSeconds)} tokens/s`);
console.log(`extractCasualties: ${casualties} records, ${rate(casualtySeconds)} tokens/s`);

if (show > 0) {
  const step = Math.max(1, Math.floor(docs.length / show));
  for (let k = 0; k < docs.length; k += step) {
    const { doc, reference } = docs[k]!;
    const d = extractDates(doc, reference).dates;
    const sample = d[Math.floor(d.length / 2)];
    if (sample) console.log(`date ${reference}: ${JSON.stringify(sample.text)} = ${sample.value}`);
  }
  for (const { doc } of docs)
    for (const c of extractCasualties(doc))
      console.log(`casualty: ${c.kind} ${c.count ?? c.vague} ${c.qualifier} who=${c.who} | ${c.span.text}`);
}
