import { describe, expect, it } from 'vitest';
import { readText } from '../read/text/read-text';
import { annotate } from './annotate';

const tokensOf = (text: string) => {
  const doc = annotate(readText(text));
  for (const t of doc.tokens) expect(doc.body.text.slice(t.start, t.end)).toBe(t.text);
  return doc.tokens.map((t) => t.text);
};

describe('annotate tokens', () => {
  it.each([
    ["Iran's elite Revolutionary Guards.", ['Iran', "'s", 'elite', 'Revolutionary', 'Guards', '.']],
    ['The Britain-based monitor said.', ['The', 'Britain', '-', 'based', 'monitor', 'said', '.']],
    ["President Bashar al-Assad's forces.", ['President', 'Bashar', 'al-Assad', "'s", 'forces', '.']],
    [
      'pro-regime forces and IS-held towns.',
      ['pro-regime', 'forces', 'and', 'IS', '-', 'held', 'towns', '.'],
    ],
    [
      "the village of Suway'iah, near Coca-Cola.",
      ['the', 'village', 'of', "Suway'iah", ',', 'near', 'Coca-Cola', '.'],
    ],
    ['Kim In-so of Chester-le-Street.', ['Kim', 'In-so', 'of', 'Chester-le-Street', '.']],
    [
      'Photo: Mandel Ngan/AFP, 24/7 at 80 km/h and/or more.',
      ['Photo', ':', 'Mandel', 'Ngan', '/', 'AFP', ',', '24/7', 'at', '80', 'km/h', 'and/or', 'more', '.'],
    ],
    ['More than 330,000 people.', ['More', 'than', '330,000', 'people', '.']],
  ])('tokenises %j', (text, tokens) => {
    expect(tokensOf(text)).toEqual(tokens);
  });
});
