import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const RUNS = [
  'The council met on Monday evening and voted, after a long debate, to close the old bridge to all traffic.',
  'Repairs will take two years, the mayor said, and buses will be sent over the new bridge upstream instead.',
  'Shops beside the bridge, which depend on passing trade, asked for help; the council promised a fund.',
  'Work starts in March, weather permitting, and the first lane should reopen, officials hope, by next winter.',
  'Cyclists, who use the bridge most, will get a ferry; it runs every ten minutes, the harbour office said.',
  'The bridge, built in 1911, carries twelve thousand cars a day, a count taken last spring found.',
  'Engineers found rust in its piers, cracks in two girders and a deck, they wrote, beyond patching.',
  'A public meeting, open to all, is set for next Thursday at the town hall, the clerk announced.',
];
const TEASER = 'Our full coverage of the town and its roads';

describe('findContent', () => {
  it('reads a story written as text runs between <br>s, not only a teaser section beside it', () => {
    const html = `<html><body>
      <div class="page"><section class="intro content"><p>${TEASER}</p><p>${TEASER} this week</p><p>${TEASER} this year</p></section></div>
      <div class="detail"><div class="inner"><div class="wrap"><h1>Bridge to close</h1><div class="copy">${RUNS.join('<br><br>')}</div></div></div></div>
    </body></html>`;
    const text = parseArticle({ html }, { extractors: OFF }).paragraphs.map((p) => p.text);
    expect(text).toEqual(expect.arrayContaining(RUNS));
  });
});
