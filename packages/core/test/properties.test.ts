// Total functions: whatever the input, safeParseArticle never throws, parseArticle throws only CopydeskError,
// and every Article it returns validates with every span inside the text. CI runs a fixed seed; locally the
// seed is random (fast-check prints it on failure so a run can be replayed with FC_SEED).
import { CopydeskError, type parseArticle, safeParseArticle, validateArticle } from '@copydesk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from './seed';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20171119 : undefined;
const RUNS = Number(process.env.FC_RUNS ?? 600);
fc.configureGlobal({ seed, numRuns: RUNS, endOnFailure: true });

function assertTotal(
  input: Parameters<typeof parseArticle>[0],
  options?: Parameters<typeof parseArticle>[1],
): void {
  const result = safeParseArticle(input, options);
  if (!result.success) {
    expect(result.error).toBeInstanceOf(CopydeskError);
    return;
  }
  const check = validateArticle(result.data);
  if (!check.success) throw new Error(`invalid Article: ${JSON.stringify(check.issues.slice(0, 3))}`);
}

const HTML_TOKENS = [
  '<html>',
  '<head>',
  '<meta charset="utf-8">',
  '<meta property="og:title" content="T">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"X","author":[{"name":"A"}]}</script>',
  '<script>alert(1)</script>',
  '<title>',
  '</title>',
  '<body>',
  '<article>',
  '</article>',
  '<div class="content">',
  '</div>',
  '<p>',
  '</p>',
  '<figure><img src="/a.jpg" alt="a"><figcaption>',
  '</figcaption></figure>',
  '<h1>',
  '</h1>',
  '<time datetime="2017-11-19">',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&#x201C;',
  '"',
  '“',
  '”',
  "'",
  'DEIR EZZOR: ',
  'WASHINGTON (AP) — ',
  ' said ',
  ' told AFP ',
  'Sunday',
  ' a week ago ',
  'at least 50 ',
  ' killed ',
  'Islamic State (IS)',
  '\n\n',
  ' ',
  'By Jane Doe',
  '/ AFP PHOTO / STRINGER',
];

const mutation = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...HTML_TOKENS),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  ),
});

function mutate(text: string, edits: { at: number; cut: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
  }
  return out;
}

describe('parsing is total', { timeout: 300_000 }, () => {
  it('on random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertTotal(s)));
  });

  it('on random Unicode as plain text and as HTML', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('html', 'text') as fc.Arbitrary<'html' | 'text'>,
        (s, type) => assertTotal(s, { type }),
      ),
    );
  });

  it('on HTML-like token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HTML_TOKENS), { maxLength: 80 }), (tokens) =>
        assertTotal({ html: tokens.join(''), url: 'https://example.com/a/b' }),
      ),
    );
  });

  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => assertTotal(bytes)));
  });

  it('on the seed article, mutated', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.option(fc.constantFrom('2017-11-19', '2020-02-29')),
        (edits, publishedAt) =>
          assertTotal({ text: mutate(SEED_TEXT, edits) }, publishedAt ? { publishedAt } : {}),
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('on a news page, mutated', () => {
    const page = `<!doctype html><html lang="en"><head><title>Syria army retakes Albu Kamal</title>
<meta property="og:title" content="Syria army retakes Albu Kamal"><meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Syria army retakes Albu Kamal","datePublished":"2017-11-19T10:00:00+01:00"}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Syria army retakes Albu Kamal</h1>
<figure><img src="/img/a.jpg" alt="Flag"><figcaption>Syrian forces carry the flag. / AFP PHOTO / STRINGER</figcaption></figure>
${SEED_TEXT.split('\n\n')
  .slice(2, 8)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</article><footer>© News</footer></body></html>`;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (edits) =>
        assertTotal({ html: mutate(page, edits), url: 'https://news.example/x' }),
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('on text made of the names of built-in object properties', () => {
    // Tables keyed by words from the input once found "constructor" on Object.prototype and crashed.
    const names = Object.getOwnPropertyNames(Object.prototype);
    const word = fc.oneof(
      fc.constantFrom(...names, ...names.map((n) => n[0]!.toUpperCase() + n.slice(1))),
      fc.constantFrom(
        'the',
        'The',
        'said',
        'at least',
        '5',
        'killed',
        'Agency',
        'Observatory',
        'on',
        '(',
        ')',
        '"',
        ',',
        '.',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const text = `Observatory Agency said on Sunday.\n\n${words.join(' ')}`;
        assertTotal({ text });
        assertTotal({
          html: `<html><head><meta name="date" content="${words.slice(0, 3).join(' ')}"></head><body><article><h1>${words[0]}</h1><p>${text}</p></article></body></html>`,
        });
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
