import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake';

/** What a reader that takes UTF-8 bytes for Windows-1252 makes of a text (C1 controls kept where 1252 has none). */
const CP1252 = new TextDecoder('windows-1252');
function broken(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (const b of bytes) {
    const c = CP1252.decode(new Uint8Array([b]));
    out += b >= 0x80 && b <= 0x9f && c.charCodeAt(0) === b ? String.fromCharCode(b) : c;
  }
  return out;
}

describe('repairMojibake', () => {
  it.each([
    ['a Windows-1252 apostrophe', 'Itâ€™s fine', 'It’s fine'],
    ['an apostrophe read with its C1 controls kept', 'Investor\u00e2\u0080\u0099s Guide', 'Investor’s Guide'],
    ['French accents', 'Ã©tÃ© Ã\u00a0 Paris', 'été à Paris'],
    ['a degree sign', 'It was 25Â°C', 'It was 25°C'],
    ['an emoji', 'cart is empty ðŸ˜ž', 'cart is empty 😞'],
    ['a text broken twice', 'Iâ€™d say Ã¢â‚¬Å“yes', 'I’d say “yes'],
    ['Cyrillic beside a broken quotation mark', 'â€œÐ¿Ñ€Ð¸Ð²ÐµÑ‚â€\u009d', '“привет”'],
  ])('repairs %s', (_name, text, expected) => {
    const { text: out, repaired } = repairMojibake(text);
    expect(out).toBe(expected);
    expect(repaired).toBeGreaterThan(0);
  });

  it.each([
    ['German quotation marks after ß', 'Ein „Gruß“ und ein »Straße»'],
    ['a French no-break space before a guillemet', 'une « difficulté\u00a0» réelle'],
    ['an ellipsis after a capital umlaut', 'ihre Ä… nicht'],
    ['a brand with a registered sign', 'NESCAFÉ® Classic'],
    ['clean typography', 'normal text — with “quotes”, é, ü and ß'],
  ])('leaves %s as written', (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });

  it('leaves look-alike pairs alone in a text that holds mojibake elsewhere', () => {
    // "é" + no-break space + "»" spells a lone ideograph, "É®" an IPA letter: neither is taken for mojibake.
    const { text } = repairMojibake('Itâ€™s a « difficulté\u00a0» for NESCAFÉ®');
    expect(text).toBe('It’s a « difficulté\u00a0» for NESCAFÉ®');
  });

  it('undoes the break for any text of letters, accents, punctuation and emoji', () => {
    const alphabet = [...'abcXYZ 019.,éèüöäßñçàÉÜ’“”–—…€°©😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 }), (chars) => {
        const text = `’${chars.join('')}`;
        expect(repairMojibake(broken(text)).text).toBe(text);
      }),
    );
  });
});
