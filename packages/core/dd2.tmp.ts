import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { META_KEYS } from './src/read/html/constants';
import { loadDom } from './src/read/html/dom';
import { readJsonLd } from './src/read/html/json-ld';
import { findDomDate } from './src/read/html/metadata';
import { dateFromUrl } from './src/read/html/parse-date';
import { scanPage } from './src/read/html/scan-page';

const bad = readFileSync('/tmp/dd/bad.tsv', 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split('\t'));
const only = process.argv[2];
for (const [file, gold, got, url] of bad) {
  if (only && !file!.includes(only)) continue;
  if (!only && got === 'null') continue;
  const html = gunzipSync(readFileSync(`/work/shared/corpora/htmldate-dev/html/${file}.gz`)).toString('utf8');
  const { root } = loadDom(html, 2000);
  const scan = scanPage(root);
  const j = readJsonLd(scan.jsonLd);
  const metas = META_KEYS.published.flatMap((k) => (scan.metas.get(k) ?? []).map((v) => `${k}=${v}`));
  console.log(
    `== ${file} gold=${gold} got=${got}\n  jsonld=${j.publishedAt} mod=${j.modifiedAt} meta=[${metas.join(', ')}] dom=${findDomDate(scan, Date.now())} url=${dateFromUrl(url!)}`,
  );
}
