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
const paragraphsOf = (html: string) =>
  parseArticle({ html }, { extractors: OFF }).paragraphs.map((p) => p.text);

describe('findContent', () => {
  it('reads a story written as text runs between <br>s, not only a teaser section beside it', () => {
    const html = `<html><body>
      <div class="page"><section class="intro content"><p>${TEASER}</p><p>${TEASER} this week</p><p>${TEASER} this year</p></section></div>
      <div class="detail"><div class="inner"><div class="wrap"><h1>Bridge to close</h1><div class="copy">${RUNS.join('<br><br>')}</div></div></div></div>
    </body></html>`;
    expect(paragraphsOf(html)).toEqual(expect.arrayContaining(RUNS));
  });

  // 010-split-marked-body: a story cut into cards, each card's text in its own marked `rich-text` block.
  it('reads every card of a story whose body is marked once per card', () => {
    const card = (a: number, b: number, big = false) =>
      `<div class="card"><h3>Step ${a}</h3><div class="rich-text">${RUNS.slice(a, b)
        .map((r) => `<p>${r}${big ? ` ${r}` : ''}</p>`)
        .join('')}</div></div>`;
    const html = `<html><body><main><h1>Bridge to close</h1>
      <div class="cards">${card(0, 2)}${card(2, 5, true)}${card(5, 8)}</div></main>
      <div class="links"><a href="/a">${TEASER}</a></div></body></html>`;
    const text = paragraphsOf(html).join('\n');
    for (const run of RUNS) expect(text).toContain(run);
  });

  it('reads one post of a blog front page that marks each post as an h-entry', () => {
    const post = (a: number, b: number) =>
      `<div class="post hentry"><h2>Post ${a}</h2><div class="entry-content">${RUNS.slice(a, b)
        .map((r) => `<p>${r}</p>`)
        .join('')}</div></div>`;
    const html = `<html><body><div class="content">${post(0, 5)}${post(5, 7)}</div></body></html>`;
    const text = paragraphsOf(html);
    expect(text).toEqual(expect.arrayContaining(RUNS.slice(0, 5)));
    expect(text).not.toContain(RUNS[5]);
  });
});
