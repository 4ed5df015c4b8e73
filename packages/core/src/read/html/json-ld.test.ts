import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';
import { decodeReferences } from './json-ld';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };

describe('JSON-LD strings written HTML-escaped', () => {
  it.each([
    ['Rates &amp; Fees', 'Rates & Fees'],
    ['Harbour &#8211; a guide', 'Harbour \u2013 a guide'],
    ['Ben&#x27;s boat', "Ben's boat"],
    ['It&rsquo;s late', 'It\u2019s late'],
    // Unknown names and bare ampersands stay as written.
    ['Salt &pepperx; &', 'Salt &pepperx; &'],
  ])('%s → %s', (raw, expected) => {
    expect(decodeReferences(raw)).toBe(expected);
  });

  it('gives the headline decoded', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Ferry fares &amp; timetables change in May',
    })}</script></head><body><article><p>The ferry company said on Monday that fares and timetables would change from the first of May, after a review.</p></article></body></html>`;
    expect(parseArticle({ html }, { extractors: OFF }).headline).toBe(
      'Ferry fares & timetables change in May',
    );
  });
});
