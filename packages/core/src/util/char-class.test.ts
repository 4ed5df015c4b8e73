import { describe, expect, it } from 'vitest';
import { CASED, charClass, LETTER, LOWER, NUMBER } from './char-class';

const of = (ch: string) => charClass(ch.codePointAt(0)!);

describe('charClass', () => {
  it.each([
    ['a', LETTER | CASED | LOWER],
    ['Z', LETTER | CASED],
    ['ß', LETTER | CASED | LOWER],
    ['É', LETTER | CASED],
    ['中', LETTER],
    ['ا', LETTER],
    ['ǅ', LETTER], // title case: a letter, neither Lu nor Ll
    ['7', NUMBER],
    ['٣', NUMBER],
    ['½', NUMBER],
    [' ', 0],
    ['-', 0],
    ['\u0301', 0], // a combining mark
    ['𝒜', LETTER | CASED],
    ['𝒶', LETTER | CASED | LOWER],
    ['😀', 0],
  ])('%j has the class bits %i', (ch, bits) => {
    expect(of(ch)).toBe(bits);
    // Asked again, the table answers the same.
    expect(of(ch)).toBe(bits);
  });

  it('gives a lone surrogate no class', () => {
    expect(charClass(0xd835)).toBe(0);
    expect(charClass(0xdc9c)).toBe(0);
  });
});
