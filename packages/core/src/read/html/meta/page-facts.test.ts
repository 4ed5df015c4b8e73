import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const BODY =
  '<p>The council voted on Monday to close the old bridge to traffic for two years of repairs.</p>'.repeat(3);

function page(head: string): ReturnType<typeof parseArticle> {
  return parseArticle(
    { html: `<html><head>${head}</head><body><h1>Bridge to close</h1>${BODY}</body></html>` },
    {
      extractors: OFF,
    },
  );
}

describe('page facts', () => {
  it('reads description, section and tags from metas', () => {
    const a = page(`<meta name="description" content="  The  council closes the bridge. ">
      <meta property="article:section" content="Local">
      <meta property="article:tag" content="Transport"><meta property="article:tag" content="Council">
      <meta name="keywords" content="transport, bridges; roads, Road-works, road works">`);
    expect(a.description).toBe('The council closes the bridge.');
    expect(a.section).toBe('Local');
    expect(a.tags).toEqual(['Transport', 'Council', 'bridges', 'roads', 'Road-works']);
  });

  it('decodes metas and titles a CMS escaped twice, and keeps a bare ampersand', () => {
    const a = page(`<title>Pricing &amp;amp; costs | Gazette</title>
      <meta name="description" content="Q&amp;amp;A time: you&amp;#039;re welcome at AT&T &amp; co">
      <meta property="og:site_name" content="Smith &amp;amp; Sons">`);
    expect(a.description).toBe("Q&A time: you're welcome at AT&T & co");
    expect(a.source.siteName).toBe('Smith & Sons');
  });

  it('falls back to JSON-LD articleSection, keywords and description', () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: 'Bridge to close',
      description: 'Two years of repairs.',
      articleSection: ['Local', 'Transport'],
      keywords: ['Bridges', 'Council'],
    };
    const a = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(a.description).toBe('Two years of repairs.');
    expect(a.section).toBe('Local');
    expect(a.tags).toEqual(['Bridges', 'Council']);
  });

  it('drops overlong tags and caps a stuffed keywords list', () => {
    const many = Array.from({ length: 80 }, (_, i) => `kw${i}`).join(',');
    const long = 'x'.repeat(61);
    const a = page(`<meta name="keywords" content="${long},${many}">`);
    expect(a.tags).toHaveLength(30);
    expect(a.tags[0]).toBe('kw0');
  });

  it.each([
    [
      'a description pasted in, trailing off',
      'BANGKOK: A video, in which a courier flies to Singapore, ...',
      [],
    ],
    [
      'sentence pieces and CMS labels',
      'Bridges, content-type: How-to, the council said it would close the bridge',
      ['Bridges'],
    ],
    ['space-separated Chinese keywords', '宇航员 太空 国际空间站', ['宇航员', '太空', '国际空间站']],
    ['Japanese list commas', 'ニュース、IT・科学', ['ニュース', 'IT・科学']],
  ])('keeps only tags from %s', (_name, keywords, tags) => {
    expect(page(`<meta name="keywords" content="${keywords}">`).tags).toEqual(tags);
  });

  it('is empty for plain text and for a page that declares nothing', () => {
    const text = parseArticle(
      { text: 'Bridge to close\n\nThe council voted on Monday.' },
      { extractors: OFF },
    );
    expect([text.description, text.section, text.tags]).toEqual([null, null, []]);
    const bare = page('');
    expect([bare.description, bare.section, bare.tags]).toEqual([null, null, []]);
  });
});
