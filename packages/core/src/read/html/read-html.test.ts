// Robustness: huge, deeply nested, empty and hostile pages never crash or hang; they give an Article
// with warnings or a typed CopydeskError. Malformed, truncated and windows-1252 pages are golden
// fixtures in test/pages.
import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../errors';
import { parseArticle } from '../../parse';
import { countWords } from '../../util/count-words';
import { readHtml } from './read-html';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const PARAGRAPH =
  '<p>The council approved the plan on Thursday after a long debate, and the mayor said work would start in spring.</p>';

describe('readHtml robustness', () => {
  it('reads a 10 MB page', { timeout: 120_000 }, () => {
    const count = Math.ceil(10_000_000 / PARAGRAPH.length);
    const paragraphs = Array.from({ length: count }, (_, i) => PARAGRAPH.replace('</p>', ` (${i})</p>`));
    const html = `<html><head><title>Big page</title></head><body><article><h1>Big page</h1>${paragraphs.join('')}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(10_000_000);
    const article = parseArticle({ html }, { extractors: OFF });
    expect(article.headline).toBe('Big page');
    expect(article.paragraphs.length).toBeGreaterThan(50_000);
  });

  it('reads a page of 250,000 short paragraphs', { timeout: 120_000 }, () => {
    // Spreading that many blocks into one call (push(...blocks)) overflowed the call stack.
    const html = `<html><body><article>${Array.from({ length: 250_000 }, (_, i) => `<p>P${i}</p>`).join('')}</article></body></html>`;
    const article = parseArticle({ html }, { extractors: OFF });
    expect(article.paragraphs).toHaveLength(250_000);
  });

  it('flattens 10,000 levels of nesting with a warning', { timeout: 60_000 }, () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}${PARAGRAPH}${'</div>'.repeat(10_000)}</body></html>`;
    const article = parseArticle({ html }, { extractors: OFF });
    expect(article.warnings.map((w) => w.code)).toContain('too-deep');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'The council approved the plan on Thursday after a long debate, and the mayor said work would start in spring.',
    ]);
  });

  it('reads a deep page the same as a shallow one (the parser switches stacks past 256 levels)', () => {
    const inner =
      '<p>The council approved the plan on Thursday after a long debate.<p>Work starts in spring, the mayor said.' +
      '<ul><li>First item of the plan<li>Second item of the plan</ul><svg><title>x</title></svg><p>Last line of the story.';
    const at = (depth: number) =>
      parseArticle(
        {
          html: `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}<p>After.</p></body></html>`,
        },
        { extractors: OFF },
      ).paragraphs.map((p) => p.text);
    expect(at(400)).toEqual(at(3));
    expect(at(3)).toContain('Second item of the plan');
  });

  it('reads 20,000 levels of nesting when the caller raises maxDepth', { timeout: 60_000 }, () => {
    // A recursive tree walk overflows the call stack here; every walk must keep its own stack.
    const inner = `${PARAGRAPH}${PARAGRAPH.replace('spring', 'summer')}`;
    const html = `<html><body>${'<div>'.repeat(20_000)}${inner}${'</div>'.repeat(20_000)}</body></html>`;
    const article = parseArticle({ html }, { limits: { maxDepth: 30_000 } });
    expect(article.warnings.map((w) => w.code)).not.toContain('too-deep');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[1]?.text).toContain('summer');
  });

  it.each([
    ['an empty string', ''],
    ['white space', '   \n\t '],
  ])('throws EMPTY_INPUT for %s', (_name, html) => {
    const error = (() => {
      try {
        parseArticle({ html }, { extractors: OFF });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe('EMPTY_INPUT');
  });

  it('gives an Article with warnings for a page with no text', () => {
    const article = parseArticle(
      { html: '<html><head></head><body><div></div></body></html>' },
      { extractors: OFF },
    );
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['no-body', 'no-headline', 'not-an-article']),
    );
  });

  it('reads bytes whose <meta charset> is not UTF-8', () => {
    const html =
      '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>\u0093Bonjour\u0094</p></body></html>';
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    const article = parseArticle(bytes, { type: 'html', extractors: OFF });
    expect(article.headline).toBe('Café');
    expect(article.paragraphs[0]?.text).toBe('"Bonjour"');
  });

  it('survives tags cut off mid-attribute and stray closing tags', () => {
    const html = `</div></p><html><body><article>${PARAGRAPH}${PARAGRAPH.replace('council', 'committee')}<a href="x`;
    const article = parseArticle({ html }, { extractors: OFF });
    expect(article.paragraphs).toHaveLength(2);
  });
});

describe('site overrides', () => {
  const prose = (topic: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>${topic} paragraph ${i}, long enough to count as prose for the scorer, with a comma or two.</p>`,
    ).join('');
  const html = `<html><body><h1>Post</h1><div class="pane-a">${prose('Post', 3)}</div><div class="thread">${prose('Reply', 12)}</div></body></html>`;

  const sites = [{ hostnames: ['forum.example.com'], body: ['.pane-a'] }];

  it('reads the body the site rules name, by hostname', () => {
    const article = parseArticle(
      { html, url: 'https://forum.example.com/posts/abc' },
      { extractors: OFF, sites },
    );
    expect(article.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['Post', 'Post', 'Post']);
  });

  it('uses the generic rules elsewhere', () => {
    const article = parseArticle(
      { html, url: 'https://forum.example.org/posts/abc' },
      { extractors: OFF, sites },
    );
    expect(article.paragraphs.some((p) => p.text.startsWith('Reply'))).toBe(true);
  });
});

describe('readHtml word count', () => {
  it('counts the words of the body blocks only, not the headline, dek or captions', () => {
    const html = `<html><body><article><h1>Bridge closes</h1><figure><img src="a.jpg"><figcaption>The old bridge, seen from the east bank.</figcaption></figure>${PARAGRAPH}<h2>What next</h2><ul><li>Repairs start in spring.</li></ul></article></body></html>`;
    const body = readHtml(html, { url: null, maxDepth: 100, now: Date.parse('2026-12-01') });
    const kinds = new Set(['paragraph', 'heading', 'list-item', 'blockquote', 'preformatted']);
    const expected = body.blocks
      .filter((b) => kinds.has(b.kind))
      .reduce((n, b) => n + countWords(body.text.slice(b.start, b.end)), 0);
    expect(body.blocks.some((b) => b.kind === 'caption')).toBe(true);
    expect(body.wordCount).toBe(expected);
    expect(body.wordCount).toBe(20 + 2 + 4);
    expect(parseArticle({ html }, { extractors: OFF }).wordCount).toBe(body.wordCount);
  });
});

describe('readHtml: the owner of a personal site', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><article><h1>Go ahead, self-host the database</h1>${PARAGRAPH.repeat(4)}</article></body></html>`;

  it('is the author when the title ends with a person’s name and nothing else names one', () => {
    const article = parseArticle(
      { html: page('Go ahead, self-host the database | Jane Doe') },
      { extractors: OFF },
    );
    expect(article.authors).toEqual([{ name: 'Jane Doe', role: null }]);
  });

  it('is no one when the title ends with a publication’s name', () => {
    const article = parseArticle(
      { html: page('Go ahead, self-host the database | The Valley Gazette') },
      { extractors: OFF },
    );
    expect(article.authors).toEqual([]);
  });
});

describe('readHtml: captions printed outside a figure', () => {
  const photo = (caption: string) =>
    `<html><body><article><h1>Packing for the trail</h1>${PARAGRAPH}<div><img src="/tent.jpg" width="830" height="467"></div><div class="photo-caption">${caption}</div>${PARAGRAPH}</article></body></html>`;

  it("reads a caption-classed element under a bare image as that image's caption and credit", () => {
    const a = parseArticle(
      {
        html: photo('Your tent sets the pace of the trip. <span class="photo-credit">Credit: Sam Ash</span>'),
      },
      { extractors: OFF },
    );
    expect(a.images[0]).toMatchObject({ caption: 'Your tent sets the pace of the trip.', credit: 'Sam Ash' });
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join(' ')).not.toContain('tent sets');
    expect(a.text).toContain('Your tent sets the pace of the trip.');
  });

  it('reads no caption where text runs between the image and the caption-classed element', () => {
    const html = `<html><body><article><h1>Packing for the trail</h1>${PARAGRAPH}<div><img src="/tent.jpg" width="830" height="467"> The tent weighs two pounds. <div class="caption">Pitched at dusk.</div></div></article></body></html>`;
    const a = parseArticle({ html }, { extractors: OFF });
    expect(a.images[0]!.caption).toBeNull();
    expect(a.text).toContain('The tent weighs two pounds.');
  });

  it('reads a picture inside a link to its own file (a lightbox) as an image with its caption', () => {
    const html = `<html><body><article><h1>Packing for the trail</h1><div><a href="https://cdn.example.com/original/tent.jpg" rel="gallery"><span>click to enlarge</span><img src="/tent.jpg" width="830" height="467"></a><div class="image-caption-block"><div class="image-credit">Sam Ash</div><div class="image-text">Your tent sets the pace of the trip.</div></div></div>${PARAGRAPH}</article></body></html>`;
    const a = parseArticle({ html }, { extractors: OFF });
    expect(a.images[0]).toMatchObject({ caption: 'Your tent sets the pace of the trip.', credit: 'Sam Ash' });
    const paragraphs = a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join(' ');
    expect(paragraphs).not.toContain('Sam Ash');
    expect(paragraphs).not.toContain('tent sets');
    // A picture linked to another page is a teaser's: no image of the story.
    const teaser = html.replace('https://cdn.example.com/original/tent.jpg', '/stories/tents-compared');
    expect(parseArticle({ html: teaser }, { extractors: OFF }).images[0]?.caption ?? null).toBeNull();
  });

  it('keeps a caption-classed element as text when no image comes before it', () => {
    const html = `<html><body><article><h1>Packing for the trail</h1>${PARAGRAPH}<p class="caption">The route climbs for two days before it drops to the lake.</p></article></body></html>`;
    const a = parseArticle({ html }, { extractors: OFF });
    expect(a.paragraphs.some((p) => a.text.slice(p.start, p.end).startsWith('The route climbs'))).toBe(true);
  });
});

describe('readHtml: the linked list under a furniture label', () => {
  const list = (label: string) =>
    `<html lang="de"><body><article><h1>Fraport verdient im Sommer so viel wie noch nie</h1>${label}<ul><li><a href="/news-1.html">Fraport vermarktet Flächen an Washingtoner Flughäfen</a></li><li><a href="/news-2.html">Fraport geht 2025 mit Terminal 3 in die Testphase</a></li></ul>${PARAGRAPH}${PARAGRAPH}</article></body></html>`;
  const paragraphs = (html: string) => {
    const a = parseArticle({ html }, { extractors: OFF });
    return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  };

  it('is the label\'s list ("Verwandte Themen"), not the story', () => {
    const texts = paragraphs(list('<h4>Verwandte Themen</h4>'));
    expect(texts.some((t) => t.includes('Washingtoner'))).toBe(false);
    expect(texts.some((t) => t.includes('Verwandte'))).toBe(false);
  });

  it('stays when no label heads it: a story may list its own links', () => {
    expect(paragraphs(list('')).some((t) => t.includes('Washingtoner'))).toBe(true);
  });
});

describe("readHtml: a tail heading over the page's other stories", () => {
  const STORY =
    '<p>The council approved the budget on Thursday after a debate that ran late into the night, and the mayor said work on the new bridge would start in the spring.</p><p>Opponents said the plan would raise local taxes for a decade, and they promised to take the matter to the regional court before the first contract is signed.</p>';
  const TEASER =
    '<p>Saudi Arabia plans to launch three national airlines next year, the aviation authority said, as part of a push to double the number of visitors to the kingdom.</p>';
  const texts = (html: string) => {
    const a = parseArticle({ html }, { extractors: OFF });
    return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  };

  it('skips the box it heads and the boxes beside the story after it ("Read This Next")', () => {
    const t = texts(
      `<html><body><article><h1>Council passes the budget</h1><div class="entry">${STORY}</div><div class="box"><h3>Read This Next</h3>${TEASER}</div><div class="widget"><h3>Introducing</h3><p>Rosewood London unveiled an alpine terrace for the winter, with fondue, mulled wine and heated cabins that guests can book by the hour until February.</p></div></article></body></html>`,
    );
    expect(t.some((x) => x.includes('council approved'))).toBe(true);
    expect(t.some((x) => x.includes('Saudi Arabia'))).toBe(false);
    expect(t.some((x) => x.includes('Rosewood'))).toBe(false);
  });

  it('keeps the story that goes on under a teaser box inside it ("Read Next"), and its twin elements', () => {
    const t = texts(
      `<html><body><article><h1>Council passes the budget</h1><div class="rich">${STORY}<div class="more"><span>Read Next</span>${TEASER}</div><p>The bridge is due to open in 2028, two years later than first planned, the city engineer told reporters after the vote.</p></div><div class="rich"><h2>What comes next</h2><p>A public consultation on the route opens next month and runs for twelve weeks, with meetings in each of the five districts.</p></div></article></body></html>`,
    );
    expect(t.some((x) => x.includes('Saudi Arabia'))).toBe(false);
    expect(t.some((x) => x.includes('due to open in 2028'))).toBe(true);
    expect(t.some((x) => x.includes('public consultation'))).toBe(true);
  });

  it('reads the tail headings of the page\'s language ("Das könnte Sie auch interessieren")', () => {
    const t = texts(
      `<html lang="de"><body><article><h1>Stadtrat beschließt den Haushalt</h1><div class="text"><p>Der Stadtrat hat am Donnerstag nach langer Debatte den Haushalt beschlossen, und der Bürgermeister sagte, die Arbeiten an der neuen Brücke begännen im Frühjahr.</p><p>Die Opposition warnte, der Plan werde die Steuern für ein Jahrzehnt erhöhen, und kündigte eine Klage vor dem Verwaltungsgericht an.</p></div><div class="box"><h3>Das könnte Sie auch interessieren</h3><p>Die Fishing Masters Show findet im Mai im IGA Park in Rostock statt, mit vielen der weltbesten Angler und zahlreichen Medienstars.</p></div></article></body></html>`,
    );
    expect(t.some((x) => x.includes('Stadtrat hat'))).toBe(true);
    expect(t.some((x) => x.includes('Fishing Masters'))).toBe(false);
  });

  it('is a heading only once the story has begun: a page that opens with its teaser rail keeps the story', () => {
    const t = texts(
      `<html><body><article><h1>Council passes the budget</h1><div class="box"><h3>Latest News</h3></div><div class="entry">${STORY}</div></article></body></html>`,
    );
    expect(t.some((x) => x.includes('council approved'))).toBe(true);
    expect(t.some((x) => x.includes('regional court'))).toBe(true);
  });
});

describe('readHtml: a consent notice left in the page', () => {
  const texts = (html: string) => {
    const a = parseArticle({ html }, { extractors: OFF });
    return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  };
  const story = (notice: string, lang = 'de') =>
    `<html lang="${lang}"><body><article><h1>Duplantis springt Weltjahresbestleistung</h1><p>Der Olympiasieger übersprang am Freitag in Karlsruhe mühelos 5,89 Meter, bevor er mit 6,02 Metern eine neue Weltjahresbestleistung aufstellte.</p>${notice}<p>Er scheiterte danach zwar an 6,19 Metern, doch nach dem Start in das Jahr konnte der Schwede seine Vorfreude auf die Saison nicht verbergen.</p></article></body></html>`;

  it("is dropped in the page's language (an embed blocked until the reader agrees)", () => {
    const t = texts(
      story(
        '<div><p>Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert.</p><p>Ich bin einverstanden, dass ich diesen Inhalt angezeigt bekomme.</p></div>',
      ),
    );
    expect(t.some((x) => x.includes('blockiert'))).toBe(false);
    expect(t.some((x) => x.includes('einverstanden'))).toBe(false);
    expect(t.some((x) => x.includes('6,19 Metern'))).toBe(true);
  });

  it('is dropped in English too ("We use cookies …")', () => {
    const t = texts(
      story(
        '<p>We use cookies to improve your experience. By continuing to browse this site you accept them.</p>',
        'en',
      ),
    );
    expect(t.some((x) => x.includes('cookies'))).toBe(false);
  });

  it('leaves a story sentence about cookies alone', () => {
    const t = texts(
      story(
        '<p>Die Datenschützer kritisieren, dass viele Händler Cookies ohne Zustimmung der Kunden setzen.</p>',
      ),
    );
    expect(t.some((x) => x.includes('Datenschützer'))).toBe(true);
  });
});

describe('readHtml: a copyright notice closing the story', () => {
  const story = (last: string, lang = 'en') =>
    `<html lang="${lang}"><body><article><h1>Two hurt in Roxbury attack</h1>${PARAGRAPH}${PARAGRAPH}<p>${last}</p></article></body></html>`;
  const lastParagraph = (html: string) => {
    const a = parseArticle({ html }, { extractors: OFF });
    const p = a.paragraphs.at(-1)!;
    return a.text.slice(p.start, p.end);
  };

  it.each([
    [
      '(Copyright (c) 2023 Sunbeam Television. All Rights Reserved. This material may not be published.)',
      'en',
    ],
    ['Copyright © 2023 NPR. All rights reserved. Visit our website terms of use.', 'en'],
    ['© 2024 Rheinische Post. Alle Rechte vorbehalten.', 'de'],
  ])('is no paragraph: %j', (notice, lang) => {
    expect(lastParagraph(story(notice, lang))).not.toContain('ights');
  });

  it('leaves a sentence about copyright alone', () => {
    const sentence =
      'Copyright law changed in 2020, and the court said all rights reserved by the studio still held.';
    expect(lastParagraph(story(sentence))).toBe(sentence);
  });
});

describe('readHtml: front matter around the headline', () => {
  const story = `${PARAGRAPH}${PARAGRAPH.replace('Thursday', 'Friday')}`;
  const paragraphs = [
    'The council approved the plan on Thursday after a long debate, and the mayor said work would start in spring.',
    'The council approved the plan on Friday after a long debate, and the mayor said work would start in spring.',
  ];

  it('drops the kicker and what the byline box prints beside the name', () => {
    const html = `<html><body><article><div class="article__kicker">Politics</div><h1>Council approves the bridge</h1><ul class="article__byline"><li><div class="byline-location">Madrid</div></li></ul>${story}</article></body></html>`;
    expect(parseArticle({ html }, { extractors: OFF }).paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('reads the writer from the name element of a byline box that prints a town and a handle beside it', () => {
    const html = `<html><body><article><h1>Council approves the bridge</h1><ul class="article__byline"><li><div class="byline-name"><a href="/autor/esteban">ESTEBAN URREIZTIETA</a></div><div class="byline-social"><a href="https://twitter.com/eu">@eu</a></div><div class="byline-location">Madrid</div></li></ul>${story}</article></body></html>`;
    expect(parseArticle({ html }, { extractors: OFF }).authors.map((a) => a.name)).toEqual([
      'Esteban Urreiztieta',
    ]);
  });

  it('drops the author name printed in capitals over the story', () => {
    const html = `<html><head><meta name="author" content="Esteban Urreiztieta"></head><body><article><h1>Council approves the bridge</h1><p>ESTEBAN URREIZTIETA</p>${story}</article></body></html>`;
    const article = parseArticle({ html }, { extractors: OFF });
    expect(article.authors.map((a) => a.name)).toEqual(['Esteban Urreiztieta']);
    expect(article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });
});
