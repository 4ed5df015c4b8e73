// The plain-text reader on the common wire layouts, through the public API.
import { type Article, CopydeskError, parseArticle, safeParseArticle } from '@copydesk/core';
import { checkSpans } from '@copydesk/core/schema';
import { describe, expect, it } from 'vitest';

const kinds = (a: Article) => a.blocks.map((b) => b.kind);

describe('plain-text layouts', () => {
  it.each([
    {
      name: 'AP: headline, byline with agency, dateline',
      input:
        'Senate passes budget deal\n\nBy JANE DOE, Associated Press\n\nWASHINGTON (AP) — The Senate passed the bill on Friday.\n\nIt now goes to the House.',
      expect: {
        headline: 'Senate passes budget deal',
        authors: [{ name: 'Jane Doe', role: 'Associated Press' }],
        agencies: ['AP'],
        dateline: { text: 'WASHINGTON (AP)', place: 'Washington', agency: 'AP', country: 'United States' },
        kinds: ['headline', 'paragraph', 'paragraph'],
      },
    },
    {
      name: 'Reuters: no blank lines, dash dateline',
      input:
        'UK lawmakers reject deal\nLONDON (Reuters) - British lawmakers voted down the deal on Tuesday.\nThe vote was 432 to 202.',
      expect: {
        headline: 'UK lawmakers reject deal',
        authors: [],
        agencies: ['Reuters'],
        dateline: { text: 'LONDON (Reuters)', place: 'London', agency: 'Reuters' },
        kinds: ['headline', 'paragraph', 'paragraph'],
      },
    },
    {
      name: 'AFP: headline, dek, caption with credit, dated dateline',
      input:
        'France bans protest\n\nPolice fear violence in the capital\n\nRiot police stand guard in Paris. (Reuters/Jane Doe)\n\nPARIS, March 2 (AFP) - France banned the march on Monday.\n\nOrganisers said they would appeal.',
      expect: {
        headline: 'France bans protest',
        dek: 'Police fear violence in the capital',
        authors: [],
        agencies: ['AFP'],
        dateline: {
          text: 'PARIS, March 2 (AFP)',
          place: 'Paris',
          agency: 'AFP',
          date: '2019-03-02',
          country: 'France',
        },
        images: [{ caption: 'Riot police stand guard in Paris.', credit: 'Reuters/Jane Doe' }],
        kinds: ['headline', 'dek', 'caption', 'paragraph', 'paragraph'],
      },
    },
    {
      name: 'CoNLL: shouting headline, ISO dateline on its own line',
      input:
        'EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB .\n\nBRUSSELS 1996-08-22\n\nThe European Commission said on Thursday it disagreed with German advice .',
      expect: {
        headline: 'EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB .',
        authors: [],
        agencies: [],
        dateline: { text: 'BRUSSELS 1996-08-22', place: 'Brussels', date: '1996-08-22', country: 'Belgium' },
        kinds: ['headline', 'paragraph', 'paragraph'],
      },
    },
    {
      name: 'a lone paragraph: no headline',
      input:
        'The army said it had taken full control of the town. Officials confirmed the news. Residents celebrated.',
      expect: { headline: null, authors: [], agencies: [], dateline: null, kinds: ['paragraph'] },
    },
  ])('$name', ({ input, expect: want }) => {
    const a = parseArticle({ text: input }, { publishedAt: '2019-03-05' });
    expect(a.headline).toBe(want.headline);
    expect(a.authors).toEqual(want.authors);
    expect(a.agencies).toEqual(want.agencies);
    if (want.dateline) expect(a.dateline).toMatchObject(want.dateline);
    else expect(a.dateline).toBeNull();
    if ('dek' in want) expect(a.dek).toBe(want.dek);
    if ('images' in want)
      expect(a.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual(want.images);
    expect(kinds(a)).toEqual(want.kinds);
    expect(checkSpans(a.text, a)).toEqual([]);
  });

  it('joins hard-wrapped lines and normalises CRLF, no-break spaces and curly quotes', () => {
    const a = parseArticle({
      text: 'Title here\r\n\r\nFirst line of a\r\nwrapped\u00a0paragraph \u201cquoted\u201d.\r\n\r\nSecond.',
    });
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'First line of a wrapped paragraph "quoted".',
      'Second.',
    ]);
    expect(a.text).toBe('Title here\n\nFirst line of a wrapped paragraph "quoted".\n\nSecond.');
  });

  it('reads bytes with a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Headline\n\nBody \u2014 text.'),
    ]);
    const a = parseArticle(bytes, { type: 'text' });
    expect(a.headline).toBe('Headline');
    expect(a.paragraphs[0]!.text).toBe('Body — text.');
  });

  it('counts the words of the body only', () => {
    const a = parseArticle({ text: 'A long headline of six words\n\nOne two three.' });
    expect(a.wordCount).toBe(3);
  });
});

// An ELF-like file: a header, NUL padding, and printable strings between, as executables are laid out.
function executable(): Uint8Array {
  const parts: number[] = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1];
  for (let i = 0; i < 200; i++) {
    parts.push(...new Array(24).fill(0), 0x48, 0x89, 0xe5, 0xc3);
    for (const c of 'libc.so.6 printf main ') parts.push(c.charCodeAt(0));
  }
  return new Uint8Array(parts);
}

describe('errors', () => {
  it.each([
    ['empty text', { text: '' }, 'EMPTY_INPUT'],
    ['white space only', { text: ' \n\t\n ' }, 'EMPTY_INPUT'],
    ['a number', 42, 'INVALID_INPUT'],
    ['an object of the wrong shape', { body: 'x' }, 'INVALID_INPUT'],
  ])('%s gives a typed error', (_name, input, code) => {
    const result = safeParseArticle(input as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(CopydeskError);
      expect(result.error.code).toBe(code);
    }
  });

  it.each([
    ['as bytes', () => executable()],
    ['as a string', () => new TextDecoder('latin1').decode(executable())],
    ['as HTML bytes', () => ({ html: executable() })],
  ])('refuses a binary file %s with UNSUPPORTED_INPUT', (_name, input) => {
    const result = safeParseArticle(input() as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('UNSUPPORTED_INPUT');
      expect(result.error.message).toMatch(/control characters/);
    }
  });

  it('rejects a bad reference date', () => {
    expect(() => parseArticle({ text: 'Body.' }, { publishedAt: 'not a date' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('rejects a bad fetch date', () => {
    expect(() => parseArticle({ text: 'Body.' }, { fetchedAt: 'yesterday' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('takes no date a page states after it was fetched', () => {
    const page = `<html><head><meta property="article:published_time" content="2024-05-01T09:00:00Z">
      <title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>
      <p>${'The storm reached the coast overnight and cut power to thousands of homes. '.repeat(4)}</p>
      </article></body></html>`;
    expect(parseArticle(page, { fetchedAt: '2024-06-01' }).publishedAt).toBe('2024-05-01T09:00:00Z');
    expect(parseArticle(page, { fetchedAt: new Date('2024-03-01') }).publishedAt).toBeNull();
  });

  it('stops with TIMEOUT when a parse outruns its budget', () => {
    const big = 'The army said it had taken the town on Sunday. '.repeat(40_000);
    const result = safeParseArticle({ text: big }, { limits: { timeoutMs: 0.001 } });
    expect(result.success || result.error.code).toBe('TIMEOUT');
  });

  it.each([[{ timeoutMs: 0 }], [{ maxInputLength: -1 }], [{ maxDepth: Number.NaN }]])(
    'rejects the limit %j',
    (limits) => {
      const result = safeParseArticle({ text: 'Body.' }, { limits });
      expect(result.success || result.error.code).toBe('INVALID_OPTION');
    },
  );

  it('enforces the input size limit', () => {
    const result = safeParseArticle({ text: 'x'.repeat(2000) }, { limits: { maxInputLength: 1000 } });
    expect(result.success || result.error.code).toBe('INPUT_TOO_LARGE');
  });
});

describe('the language of a text too thin to identify', () => {
  it("falls back to the home language of the dateline's agency", () => {
    // A results table has no running prose for the detector; EFE says Spanish.
    const table = 'Resultados\n\nMADRID, 5 nov (EFE).- Real Madrid 2, Barcelona 1; Sevilla 0, Valencia 3.';
    expect(parseArticle(table, { type: 'text' }).language).toBe('es');
  });

  it('leaves the language unknown when no agency names one', () => {
    expect(parseArticle('Results\n\nReal Madrid 2, Barcelona 1; Sevilla 0, Valencia 3.').language).toBeNull();
  });
});
