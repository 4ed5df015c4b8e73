import { describe, expect, it } from 'vitest';
import { escapeRegExp, requiredLiteral } from './pattern';

describe('requiredLiteral', () => {
  it.each([
    ['we use cookies', 'we use cookies'],
    ['(?:das )?automatische laden (?:der|von) inhalten?', 'automatische laden '],
    ['acepta(?:s)? el uso de cookies', ' el uso de cookies'],
    ['daten an \\S+ übermittelt werden', ' übermittelt werden'],
    ["vous acceptez l['’]utilisation (?:de|des) cookies", 'vous acceptez l'],
    ['Ich bin (?:damit )?Einverstanden, dass', 'einverstanden, dass'],
    ['x{2,3}yzw', 'yzw'],
  ])('finds what every match of %j holds: %j', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it('is null when nothing outside groups and quantifiers is certain', () => {
    expect(requiredLiteral('(?:a|b)+c?')).toBeNull();
    expect(requiredLiteral('we use cookies|accept all')).toBeNull();
  });

  it('gives a literal every match holds, so a text without it cannot match', () => {
    for (const source of [
      '(?:diese|unsere) (?:webseite|website) (?:verwendet|nutzt) cookies',
      'accept (?:all )?cookies',
    ]) {
      const literal = requiredLiteral(source)!;
      for (const text of ['Diese Website nutzt Cookies.', 'Accept all cookies', 'accept cookies'])
        if (new RegExp(source, 'iu').test(text)) expect(text.toLowerCase()).toContain(literal);
    }
  });
});

describe('escapeRegExp', () => {
  it.each(['a.b', '(c) 2024', 'x*y+z?', '[1] {2}', 'a|b', '^$', 'back\\slash'])(
    '%s matches itself only',
    (text) => {
      const re = new RegExp(`^${escapeRegExp(text)}$`);
      expect(re.test(text)).toBe(true);
      expect(re.test(`${text}!`)).toBe(false);
    },
  );

  it('keeps an alternation of literals as one literal per branch', () => {
    const re = new RegExp(['by clicking ', 'a.m.'].map(escapeRegExp).join('|'));
    expect(re.test('at 9 a.m. sharp')).toBe(true);
    expect(re.test('at 9 axmx sharp')).toBe(false);
  });
});
