// `pnpm bench dates-casualties [--show N]`: speed of extractDates and extractCasualties on the PolNeAR
// articles (reference date from each file name), with N sample findings of each to read by eye.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractCasualties } from '../src/extract/casualties/extract-casualties';
import { extractDates } from '../src/extract/dates/extract-dates';
import { storyPackFor } from '../src/languages';
import { type Annotated, annotate } from '../src/nlp/annotate';
import { findDateExpressions } from '../src/nlp/dates/find-date-expressions';
import { findDateline } from '../src/read/dateline';
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

// `--corpora`: the same extractors on the held-out news text of the other packs (no gold for dates: counts, and
// with --show N, N samples of each to read by eye): CoNLL-2002 Spanish and Dutch testa (EFE 2000, De Morgen 2000),
// and the last 30% of the GermEval 2014 dev sentences (each dated by its source line). Tokens are joined by
// spaces and re-glued before punctuation, one sentence a line, one paragraph a document.
if (process.argv.includes('--corpora')) {
  const corpora = join(shared, 'corpora');
  const glue = (words: string[]) =>
    words
      .join(' ')
      .replace(/ ([.,;:!?)\]»”])/g, '$1')
      .replace(/([(«“[]) /g, '$1');
  const sentencesOf = (doc: string) =>
    doc
      .split(/\n\s*\n/)
      .map((s) =>
        glue(
          s
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split(' ')[0]!),
        ),
      )
      .filter(Boolean);
  // Dutch testa marks its documents; Spanish testa does not, but each EFE story opens with its dateline, whose
  // ".-" the CoNLL tokenizer split into "." and a sentence "-": glued back, it opens the story's first paragraph.
  const conll = (file: string): { text: string; reference: string | null }[] => {
    const raw = readFileSync(join(corpora, 'conll2002-traindev', file), 'utf8');
    if (raw.includes('-DOCSTART-'))
      return raw
        .split(/-DOCSTART-[^\n]*\n/)
        .map(sentencesOf)
        .filter((lines) => lines.length > 0)
        .map((lines) => ({ text: lines.join('\n\n'), reference: null }));
    const docs: string[][] = [];
    const lines = sentencesOf(raw);
    for (let k = 0; k < lines.length; k++) {
      if (lines[k + 1] === '-') {
        docs.push([`${lines[k]}- ${lines[k + 2] ?? ''}`]);
        k += 2;
      } else (docs.at(-1) ?? docs[docs.push([]) - 1]!).push(lines[k]!);
    }
    // The reference day is the dateline's (EFE, 2000).
    return docs.map((d) => {
      const text = d.join('\n\n');
      const body = readText(text);
      return { text, reference: findDateline(body.text, body.blocks, 2000)?.date ?? null };
    });
  };
  const germeval = (): { text: string; reference: string | null }[] => {
    const out: { text: string; reference: string | null }[] = [];
    for (const block of readFileSync(join(corpora, 'germeval2014-dev', 'NER-de-dev.tsv'), 'utf8').split(
      /\n\s*\n/,
    )) {
      const lines = block.split('\n').filter(Boolean);
      const reference = /\[(\d{4}-\d{2}-\d{2})\]/.exec(lines[0] ?? '')?.[1] ?? null;
      const words = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')[1]!);
      if (words.length > 0) out.push({ text: glue(words), reference });
    }
    return out.slice(Math.floor(out.length * 0.7));
  };
  const sets: [string, string, { text: string; reference: string | null }[]][] = [
    ['es', 'CoNLL-2002 esp.testa', conll('esp.testa')],
    ['nl', 'CoNLL-2002 ned.testa', conll('ned.testa')],
    ['de', 'GermEval 2014 dev, last 30%', germeval()],
  ];
  for (const [code, name, texts] of sets) {
    const pack = storyPackFor(code)!;
    let count = 0;
    let datelines = 0;
    const found: string[] = [];
    const counts: string[] = [];
    for (const { text, reference } of texts) {
      const body = readText(text);
      const doc = annotate(body, pack);
      const dateline = findDateline(body.text, body.blocks, null);
      if (dateline) {
        datelines++;
        if (show > 0) console.log(`  dateline ${JSON.stringify(dateline.text)} | ${body.text.slice(0, 80)}`);
      }
      for (const d of extractDates(doc, reference).dates) {
        count++;
        found.push(
          `${JSON.stringify(d.text)} = ${d.value} | ${body.text.slice(Math.max(0, d.span.start - 50), d.span.end + 30).replace(/\s+/g, ' ')}`,
        );
      }
      for (const c of extractCasualties(doc))
        counts.push(`${c.kind} ${c.count ?? c.vague} ${c.qualifier} | ${c.span.text}`);
    }
    console.log(
      `${name}: ${texts.length} texts, ${datelines} datelines, ${count} dates, ${counts.length} casualty records`,
    );
    const step = Math.max(1, Math.floor(found.length / Math.max(1, show)));
    if (show > 0)
      for (let k = 0; k < found.length && k / step < show; k += step) console.log(`  date ${found[k]}`);
    if (show > 0) for (const c of counts.slice(0, show)) console.log(`  casualty ${c}`);
  }
}
