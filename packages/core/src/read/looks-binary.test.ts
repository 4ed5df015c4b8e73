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
