import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadDom, classAndId } from './src/read/html/dom';
import { scanPage } from './src/read/html/scan-page';
const html = gunzipSync(readFileSync(`/work/shared/corpora/htmldate-dev/html/${process.argv[2]}.gz`)).toString('utf8');
const { root } = loadDom(html, 2000);
const scan = scanPage(root);
for (const t of scan.times.slice(0, 5)) { const chain = []; for (let p = t.parent, n = 0; p && n < 8; p = p.parent, n++) chain.push(`${p.tag}.${classAndId(p)}`); console.log(t.attrs.datetime, chain.join(' < ')); }
