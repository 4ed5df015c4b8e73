// `pnpm bench datelines`: precision and recall of the plain-text reader's headline and dateline on the
// PolNeAR dev texts (gold: metadata titles and bench/gold/polnear-dev-datelines.tsv, hand-labelled) and the
// CoNLL-2003 valid documents (gold: the first sentence, and the sentence of LOC tokens ending in an ISO date).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/index';

const SHARED = process.env.COPYDESK_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url));
const OFF = { quotes: false, entities: false, dates: false, casualties: false };

interface Case {
  id: string;
  text: string;
  headline: string | null;
  dateline: string | null;
  place: string | null;
}

const clean = (s: string) =>
  s
    .normalize('NFKC')
    // PolNeAR's texts move a headline's closing period inside its quote marks; compare without either.
    .replace(/['"\u2018\u2019\u201c\u201d]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();

function polnearCases(): Case[] {
  const dir = join(SHARED, 'corpora/polnear-traindev');
  const titles = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols[0] === 'dev' && cols[1]) titles.set(`${cols[1]}.txt`, cols[7] ?? '');
  }
  const gold = new Map<string, [string, string]>();
  const goldFile = fileURLToPath(new URL('./gold/polnear-dev-datelines.tsv', import.meta.url));
  for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [file, dateline, place] = line.split('\t');
    gold.set(file!, [dateline!, place!]);
  }
  return readdirSync(join(dir, 'dev/text'))
    .sort()
    .map((file) => ({
      id: file,
      text: readFileSync(join(dir, 'dev/text', file), 'utf8'),
      headline: titles.get(file) ?? null,
      dateline: gold.get(file)?.[0] ?? null,
      place: gold.get(file)?.[1] ?? null,
    }));
}

function conllCases(): Case[] {
  const raw = readFileSync(join(SHARED, 'corpora/conll2003-traindev/valid.txt'), 'utf8');
  const cases: Case[] = [];
  for (const [d, doc] of raw.split(/-DOCSTART- -X- -X- O\n/).entries()) {
    const sentences = doc
      .split(/\n\s*\n/)
      .map((s) =>
        s
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ')),
      )
      .filter((s) => s.length > 0);
    if (sentences.length < 2) continue;
    const words = (s: string[][]) => s.map((t) => t[0]).join(' ');
    let dateline: string | null = null;
    let place: string | null = null;
    for (const s of sentences.slice(1, 4)) {
      const last = s.at(-1)![0]!;
      const locs = s.filter((t) => t[3]!.endsWith('LOC'));
      if (/^\d{4}-\d{2}-\d{2}$/.test(last) && locs.length > 0 && s[0]![3]!.endsWith('LOC')) {
        dateline = words(s);
        const firstLoc: string[] = [];
        for (const t of s) {
          if (!t[3]!.endsWith('LOC')) break;
          firstLoc.push(t[0]!);
        }
        place = firstLoc.join(' ');
        break;
      }
    }
    cases.push({
      id: `valid-doc-${d}`,
      text: sentences.map(words).join('\n\n'),
      headline: words(sentences[0]!),
      dateline,
      place,
    });
  }
  return cases;
}

function score(name: string, cases: Case[]): string[] {
  let hTp = 0;
  let hPred = 0;
  let hGold = 0;
  let dTp = 0;
  let dPred = 0;
  let dGold = 0;
  let placeOk = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const a = parseArticle({ text: c.text }, { extractors: OFF });
    if (a.headline) hPred++;
    if (c.headline) hGold++;
    if (a.headline && c.headline && clean(a.headline) === clean(c.headline)) hTp++;
    else misses.push(`  ${c.id}: headline ${JSON.stringify(a.headline)}, gold ${JSON.stringify(c.headline)}`);
    if (a.dateline) dPred++;
    if (c.dateline) dGold++;
    const dOk = a.dateline && c.dateline && clean(a.dateline.text) === clean(c.dateline);
    if (dOk) {
      dTp++;
      if (a.dateline!.place?.toLowerCase() === c.place?.toLowerCase()) placeOk++;
    } else if (a.dateline || c.dateline) {
      misses.push(
        `  ${c.id}: got ${JSON.stringify(a.dateline?.text ?? null)}, gold ${JSON.stringify(c.dateline)}`,
      );
    }
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
  const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '-');
  const hp = hPred ? hTp / hPred : 0;
  const hr = hGold ? hTp / hGold : 0;
  const dp = dPred ? dTp / dPred : 0;
  const dr = dGold ? dTp / dGold : 0;
  return [
    `| ${name} | ${cases.length} | headline | ${pct(hTp, hPred)} | ${pct(hTp, hGold)} | ${f1(hp, hr)} |`,
    `| ${name} | ${cases.length} | dateline (${dGold} gold) | ${pct(dTp, dPred)} | ${pct(dTp, dGold)} | ${f1(dp, dr)} |`,
    `| ${name} | ${cases.length} | dateline place, of correct datelines | ${pct(placeOk, dTp)} | | |`,
    ...(process.argv.includes('--misses') ? misses : []),
  ];
}

const rows = [
  '| corpus | documents | field | precision % | recall % | F1 |',
  '|---|---|---|---|---|---|',
  ...score('PolNeAR dev', polnearCases()),
  ...score('CoNLL-2003 valid', conllCases()),
];
process.stdout.write(`${rows.join('\n')}\n`);
