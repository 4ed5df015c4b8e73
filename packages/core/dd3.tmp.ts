import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadDom, textContent, walkElements, classAndId } from './src/read/html/dom';
import { scanPage } from './src/read/html/scan-page';
import { DATE_CLASS } from './src/read/html/constants';
const html = gunzipSync(readFileSync(`/work/shared/corpora/htmldate-dev/html/${process.argv[2]}.gz`)).toString('utf8');
const { root } = loadDom(html, 2000);
const scan = scanPage(root);
console.log('h1s', scan.h1s.map((h) => textContent(h).trim().slice(0, 60)));
let n = 0;
for (const el of walkElements(scan.body!)) { const w = classAndId(el); if (w && DATE_CLASS.test(w) && !/update|modif|comment|related/.test(w)) { n++; if (n < 100) console.log(n, el.tag, w.slice(0, 60), textContent(el).trim().slice(0, 50).replace(/\s+/g, ' ')); } }
