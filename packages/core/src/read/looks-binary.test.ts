import { describe, expect, it } from 'vitest';
import { binaryShare } from './looks-binary';

describe('binaryShare', () => {
  it.each([
    ['plain prose', 'The council met on Monday.\n\nIt voted 7-2 to close the bridge.'],
    ['HTML with tabs and form feeds', '<html>\n\t<body>\f<p>Text</p></body></html>\r\n'],
    ['an empty string', ''],
    ['a long text with one stray NUL', `${'word '.repeat(2000)}\u0000${'word '.repeat(2000)}`],
  ])('reads %s as text', (_, text) => {
    expect(binaryShare(text)).toBeNull();
  });

  it('finds an executable header and its padding', () => {
    const elf = `\u007fELF\u0002\u0001\u0001${'\u0000'.repeat(9)}\u0002\u0000>\u0000\u0001${'\u0000'.repeat(40)}text`;
    expect(binaryShare(elf)).toBeGreaterThan(0.5);
  });

  it('finds control characters spread through otherwise printable bytes', () => {
    let text = '';
    for (let i = 0; i < 4000; i++) text += i % 20 === 0 ? '\u0003' : 'a';
    expect(binaryShare(text)).toBeCloseTo(0.05, 2);
  });

  it('treats more than a few NULs as binary even when they are rare', () => {
    const text = `${'word '.repeat(4000)}${'\u0000'.repeat(9)}`;
    expect(binaryShare(text)).not.toBeNull();
  });
});

describe('binaryShare at the edge of its sample', () => {
  it('counts a vertical tab and DEL as control characters, but not tab, line feed, form feed or return', () => {
    expect(binaryShare(`${'\u000b'.repeat(20)}${'a'.repeat(980)}`)).toBeCloseTo(0.02, 3);
    expect(binaryShare(`${'\u007f'.repeat(20)}${'a'.repeat(980)}`)).toBeCloseTo(0.02, 3);
    expect(binaryShare(`${'\t\n\f\r'.repeat(50)}${'a'.repeat(800)}`)).toBeNull();
  });

  it('reads only the first 64 KiB', () => {
    expect(binaryShare(`${'a'.repeat(65_536)}${'\u0001'.repeat(5000)}`)).toBeNull();
    expect(binaryShare(`${'a'.repeat(64_000)}${'\u0001'.repeat(5000)}`)).toBeCloseTo(1536 / 65_536, 5);
  });
});
