import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from './src/index';

const dir = '/work/shared/corpora/htmldate-dev';
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<
  string,
  { file: string; date: string }
>;
const OFF = { quotes: false, entities: false, dates: false, casualties: false };
let n = 0,
  ok = 0,
  either = 0;
const bad: string[] = [];
for (const [url, { file, date }] of Object.entries(gold)) {
  const path = join(dir, 'html', `${file}.gz`);
  if (!date || !existsSync(path)) continue;
  n++;
  const html = gunzipSync(readFileSync(path)).toString('utf8');
  let got: string | null = null;
  let mod: string | null = null;
  try {
    const a = parseArticle({ html, url }, { extractors: OFF });
    got = a.publishedAt;
    mod = a.modifiedAt;
  } catch (e) {
    got = 'ERR ' + (e as Error).message.slice(0, 50);
  }
  if (got?.slice(0, 10) === date.slice(0, 10)) ok++;
  else {
    if (mod?.slice(0, 10) === date.slice(0, 10)) either++;
    bad.push(`${file}\t${date}\t${got}\t${url}\t${mod}`);
  }
}
console.log(n, ok, ((100 * ok) / n).toFixed(1), 'pub-or-mod', ((100 * (ok + either)) / n).toFixed(1));
writeFileSync('/tmp/dd/bad.tsv', bad.join('\n'));
