// Bytes in every common encoding decode without mojibake, whether the encoding is marked, declared or not.
import { parseArticle } from '@copydesk/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const FRENCH =
  'Le café de la place était plein. « Nous sommes très inquiets », a déclaré le maire à l’AFP, élu en 2014. Les rues étaient bondées de curieux venus voir les dégâts.';
const JAPANESE =
  '東京で大規模な地震が発生し、多くの建物が倒壊した。政府は緊急対策本部を設置し、被害状況の確認を急いでいる。気象庁によると、震源は東京湾で、マグニチュードは七・二だった。';
const CHINESE =
  '北京市政府周日宣布，将在全市范围内实施新的交通管理措施，以缓解日益严重的交通拥堵问题。官员表示，这些措施将于下月起正式实施，市民对此反应不一。';

const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00ff]|â€|ï»¿/;
const story = (body: string) => `Headline\n\n${body}`;
const bodyOf = (bytes: Uint8Array) => parseArticle(bytes, { type: 'text' }).paragraphs[0]!.text;

describe('plain-text bytes', () => {
  it.each([
    ['UTF-8', FRENCH, (s: string) => new TextEncoder().encode(s)],
    ['UTF-8 with a byte-order mark', FRENCH, (s: string) => iconv.encode(s, 'utf8', { addBOM: true })],
    ['UTF-16LE with a byte-order mark', FRENCH, (s: string) => iconv.encode(s, 'utf16le', { addBOM: true })],
    ['UTF-16BE with a byte-order mark', FRENCH, (s: string) => iconv.encode(s, 'utf16be', { addBOM: true })],
    ['UTF-16LE without a byte-order mark', FRENCH, (s: string) => iconv.encode(s, 'utf16le')],
    ['Windows-1252', `${FRENCH} It cost €5 — “cheap”.`, (s: string) => iconv.encode(s, 'win1252')],
    ['ISO-8859-1', FRENCH.replace('’', "'"), (s: string) => iconv.encode(s, 'latin1')],
    ['Shift_JIS', JAPANESE, (s: string) => iconv.encode(s, 'shift_jis')],
    ['GB18030', CHINESE, (s: string) => iconv.encode(s, 'gb18030')],
  ])('%s', (_name, text, encode) => {
    const body = bodyOf(new Uint8Array(encode(story(text))));
    expect(body).not.toMatch(MOJIBAKE);
    // The canonical text folds typographic quotes; everything else survives as written.
    expect(body).toBe(text.replace(/[’]/g, "'").replace(/[«»“”]/g, '"'));
  });
});

describe('HTML bytes', () => {
  const page = (charset: string, body: string) =>
    `<!doctype html><html><head><meta charset="${charset}"><title>Headline</title></head><body><article><h1>Headline</h1><p>${body}</p></article></body></html>`;
  const firstParagraph = (bytes: Uint8Array) =>
    parseArticle({ html: bytes, url: 'https://example.com/a' }).paragraphs[0]?.text;

  it.each([
    ['windows-1252', `${FRENCH} It cost €5 — “cheap”.`, 'win1252'],
    ['iso-8859-1', FRENCH.replace('’', "'"), 'latin1'],
    ['Shift_JIS', JAPANESE, 'shift_jis'],
    ['GB18030', CHINESE, 'gb18030'],
    ['utf-8', FRENCH, 'utf8'],
  ])('decodes a page that declares %s', (charset, text, encoding) => {
    const body = firstParagraph(new Uint8Array(iconv.encode(page(charset, text), encoding)));
    expect(body).not.toMatch(MOJIBAKE);
    expect(body).toBe(text.replace(/[’]/g, "'").replace(/[«»“”]/g, '"'));
  });

  it('trusts the bytes over a declaration they contradict', () => {
    const result = parseArticle({
      html: new TextEncoder().encode(page('utf-8', '').replace('<p></p>', '<p>ok</p>')),
    });
    expect(result.warnings.map((w) => w.code)).not.toContain('encoding-mismatch');
    const lying = iconv.encode(page('utf-8', FRENCH), 'win1252');
    const a = parseArticle({ html: new Uint8Array(lying) });
    expect(a.paragraphs[0]?.text).toContain('café');
    expect(a.warnings.map((w) => w.code)).toContain('encoding-mismatch');
  });

  it.each([
    ['gb2312', CHINESE],
    ['windows-1252', FRENCH],
  ])('reads UTF-8 bytes as UTF-8 when the page still declares %s (saved again as UTF-8)', (charset, text) => {
    const a = parseArticle({ html: new TextEncoder().encode(page(charset, text)) });
    expect(a.paragraphs[0]?.text).toBe(text.replace(/[’]/g, "'").replace(/[«»“”]/g, '"'));
    expect(a.warnings.map((w) => w.code)).toContain('encoding-mismatch');
  });
});

describe('mojibake in the page itself', () => {
  // UTF-8 that a publishing system once read as Windows-1252 and saved again: valid UTF-8 bytes of the wrong
  // characters, which no decoding can undo.
  const BROKEN =
    '<!doctype html><html><head><meta charset="utf-8"><title>Mayor says itâ€™s time | Gazette</title></head><body><article><h1>Mayor says itâ€™s time</h1><p>â€œWe are ready,â€\u009d said Mayor Anne Hidalgo, who visited the cafÃ© on Monday. The temperature was 25Â°C.</p></article></body></html>';

  it('repairs the text, says so, and finds the quote the broken marks hid', () => {
    const a = parseArticle({ html: new TextEncoder().encode(BROKEN), url: 'https://example.com/a' });
    expect(a.headline).toBe('Mayor says it’s time');
    expect(a.paragraphs.map((p) => p.text).join('\n')).not.toMatch(MOJIBAKE);
    expect(a.paragraphs.at(-1)?.text).toContain('café on Monday. The temperature was 25°C.');
    expect(a.warnings.find((w) => w.code === 'encoding-mismatch')?.message).toMatch(
      /^\d+ characters were UTF-8/,
    );
    expect(a.quotes.map((q) => [q.text, q.speaker?.name])).toContainEqual(['We are ready', 'Anne Hidalgo']);
  });

  it('leaves a clean page, and its warnings, as they are', () => {
    const clean = BROKEN.replace(/â€™/g, '’')
      .replace('â€œ', '“')
      .replace('â€\u009d', '”')
      .replace('Ã©', 'é')
      .replace('Â°', '°');
    const a = parseArticle({ html: new TextEncoder().encode(clean), url: 'https://example.com/a' });
    expect(a.headline).toBe('Mayor says it’s time');
    expect(a.warnings.map((w) => w.code)).not.toContain('encoding-mismatch');
  });
});
