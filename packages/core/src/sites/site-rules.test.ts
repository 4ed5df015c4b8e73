// Site rules through the public API: a matching selector wins over JSON-LD, a missing one leaves the generic result.
import { assertSites, CopydeskError, defineSite, parseArticle, type SiteRules } from '@copydesk/core';
import { describe, expect, expectTypeOf, it } from 'vitest';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const LD = JSON.stringify({
  '@type': 'NewsArticle',
  headline: 'The JSON-LD headline',
  author: { '@type': 'Person', name: 'Lena Declared' },
  datePublished: '2021-03-01T09:00:00Z',
  image: 'https://news.example/ld.jpg',
});
const PROSE = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>The council met for the ${i + 1}th time this year, and the budget, the roads and the schools were on the agenda.</p>`,
).join('');
const PAGE = `<html><head><script type="application/ld+json">${LD}</script>
  <meta property="og:image" content="https://news.example/og.jpg"></head><body><article>
  <h1 class="real-title">The printed headline</h1>
  <p class="real-byline">By Marta Printed and Ole Second</p>
  <span class="writer">Ana Author</span><span class="writer">Bo Author</span>
  <time class="published" datetime="2021-03-04T18:30:00+01:00"></time>
  <span class="stamp" data-when="2021-03-05">Friday</span>
  <div class="hero"><img data-src="/hero.jpg" alt="The town hall"></div>
  <p class="hero-caption">The town hall on Monday.</p><p class="hero-credit">Photo: Kim Lens</p>
  ${PROSE}</article></body></html>`;
const URL = 'https://www.news.example/2021/council';

const parse = (sites: unknown, url = URL) =>
  parseArticle({ html: PAGE, url }, { extractors: OFF, sites: sites as SiteRules[] });

describe('site rules through parseArticle', () => {
  it('leaves the JSON-LD values when no rules are given', () => {
    const a = parse(undefined);
    expect(a.headline).toBe('The JSON-LD headline');
    expect(a.authors.map((x) => x.name)).toEqual(['Lena Declared']);
    expect(a.publishedAt).toBe('2021-03-01T09:00:00Z');
  });

  it('takes headline, byline and date from the site selectors over JSON-LD', () => {
    const site = defineSite({
      hostnames: ['news.example'],
      headline: ['.missing', '.real-title'],
      byline: ['.real-byline'],
      publishedAt: [{ selector: 'time.published', attribute: 'datetime' }],
    });
    const a = parse([site]);
    expect(a.headline).toBe('The printed headline');
    expect(a.authors.map((x) => x.name)).toEqual(['Marta Printed', 'Ole Second']);
    expect(a.publishedAt).toBe('2021-03-04T18:30:00+01:00');
  });

  it('takes one author per `authors` match, over the byline and JSON-LD', () => {
    const a = parse([{ hostnames: ['news.example'], authors: ['.writer'], byline: ['.real-byline'] }]);
    expect(a.authors.map((x) => x.name)).toEqual(['Ana Author', 'Bo Author']);
  });

  it('reads a date from a plain selector string or a named attribute', () => {
    expect(parse([{ hostnames: ['news.example'], publishedAt: ['time.published'] }]).publishedAt).toBe(
      '2021-03-04T18:30:00+01:00',
    );
    const attr = [
      { hostnames: ['news.example'], publishedAt: [{ selector: '.stamp', attribute: 'data-when' }] },
    ];
    expect(parse(attr).publishedAt).toBe('2021-03-05');
  });

  it('takes the lead image, caption and credit from the site selectors', () => {
    const a = parse([
      {
        hostnames: ['news.example'],
        image: ['.hero img'],
        caption: ['.hero-caption'],
        credit: ['.hero-credit'],
      },
    ]);
    expect(a.images[0]).toMatchObject({
      url: 'https://www.news.example/hero.jpg',
      alt: 'The town hall',
      caption: 'The town hall on Monday.',
      credit: 'Photo: Kim Lens',
    });
  });

  it('runs the generic rules when a selector matches nothing', () => {
    const a = parse([
      {
        hostnames: ['news.example'],
        headline: ['.nothing'],
        byline: ['.nothing'],
        authors: ['.nothing'],
        publishedAt: ['.nothing'],
        image: ['.nothing'],
      },
    ]);
    expect(a.headline).toBe('The JSON-LD headline');
    expect(a.authors.map((x) => x.name)).toEqual(['Lena Declared']);
    expect(a.publishedAt).toBe('2021-03-01T09:00:00Z');
    expect(a).toEqual(parse(undefined));
  });

  it('applies rules only to their hosts', () => {
    const site = { hostnames: ['other.example'], headline: ['.real-title'] };
    expect(parse([site]).headline).toBe('The JSON-LD headline');
  });

  it('checks the caller’s rules before the built-in ones for the same host', () => {
    const html = `<html><body><h1>Post</h1><div class="PostsPage-postContent"><p>Built-in body text, long enough to be read as prose, with a comma.</p></div>
      <div class="mine"><p>My own body text, long enough to be read as prose, with a comma or two.</p></div></body></html>`;
    const url = 'https://www.lesswrong.com/posts/abc';
    const builtIn = parseArticle({ html, url }, { extractors: OFF });
    expect(builtIn.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['Built-in']);
    const mine = parseArticle(
      { html, url },
      { extractors: OFF, sites: [{ hostnames: ['lesswrong.com'], body: ['.mine'] }] },
    );
    expect(mine.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['My']);
  });

  it('types defineSite and SiteRules', () => {
    expectTypeOf(defineSite).parameter(0).toEqualTypeOf<SiteRules>();
    expectTypeOf<SiteRules['publishedAt']>().toEqualTypeOf<
      (string | { selector: string; attribute?: string })[] | undefined
    >();
  });
});

describe('invalid site rules', () => {
  it.each([
    ['not an array', { hostnames: ['x.org'] }, /^sites: must be an array/],
    ['a rule that is not an object', ['x.org'], /^sites\[0\]: must be an object/],
    ['no hostnames', [{ headline: ['h1'] }], /^sites\[0\]\.hostnames: is required/],
    ['empty hostnames', [{ hostnames: [] }], /^sites\[0\]\.hostnames: must name at least one host/],
    ['an empty hostname', [{ hostnames: [''] }], /^sites\[0\]\.hostnames\[0\]: must be a hostname/],
    [
      'a bad selector',
      [{ hostnames: ['x.org'], headline: ['h1', 'h1['] }],
      /^sites\[0\]\.headline\[1\]: "h1\[" is not a valid selector/,
    ],
    [
      'an unsupported selector',
      [{ hostnames: ['x.org'], body: ['p:first-child'] }],
      /^sites\[0\]\.body\[0\]: "p:first-child" is not a valid selector/,
    ],
    [
      'an unknown field',
      [{ hostnames: ['x.org'], title: ['h1'] }],
      /^sites\[0\]\.title: is not a site rule field/,
    ],
    [
      'a string where a list goes',
      [{ hostnames: ['x.org'], headline: 'h1' }],
      /^sites\[0\]\.headline: must be an array/,
    ],
    [
      'a number as a selector',
      [{ hostnames: ['x.org'], byline: [3] }],
      /^sites\[0\]\.byline\[0\]: must be a selector string/,
    ],
    [
      'a bad date selector',
      [{ hostnames: ['x.org'], publishedAt: [{ selector: 'time[' }] }],
      /^sites\[0\]\.publishedAt\[0\]\.selector: "time\[" is not a valid selector/,
    ],
    [
      'a bad attribute',
      [{ hostnames: ['x.org'], publishedAt: [{ selector: 'time', attribute: 4 }] }],
      /^sites\[0\]\.publishedAt\[0\]\.attribute: must be an attribute name/,
    ],
    [
      'the second rule',
      [{ hostnames: ['x.org'] }, { hostnames: ['y.org'], dek: [''] }],
      /^sites\[1\]\.dek\[0\]: "" is not a valid selector/,
    ],
  ])('rejects %s with INVALID_OPTION naming the field', (_, sites, message) => {
    let error: unknown;
    try {
      parse(sites);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe('INVALID_OPTION');
    expect((error as CopydeskError).message).toMatch(message);
  });

  it('checks the rules on plain-text input too', () => {
    expect(() => parseArticle('A headline\n\nSome text.', { sites: [{ hostnames: [] }] })).toThrow(
      /sites\[0\]\.hostnames/,
    );
  });
});

describe('assertSites', () => {
  it('passes valid rules and throws the same INVALID_OPTION as parseArticle', () => {
    expect(() =>
      assertSites([{ hostnames: ['x.org'], publishedAt: ['time', { selector: 'time' }] }]),
    ).not.toThrow();
    expect(() => assertSites([{ hostnames: ['x.org'], headline: ['h1['] }])).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: expect.stringMatching(/^sites\[0\]\.headline\[0\]: "h1\[" is not a valid selector/),
      }),
    );
  });
});
