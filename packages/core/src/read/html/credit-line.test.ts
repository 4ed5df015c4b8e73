import { describe, expect, it } from 'vitest';
import { isCaptionLine, isCreditLine } from './credit-line';

describe('isCaptionLine', () => {
  it.each([
    'Ski star Marco Odermatt. © AFP / JANE DOE',
    'A stoat in winter. (jdoe / iStock.com)',
    'Protesters in Paris on Sunday. REUTERS/Jane Doe',
  ])('reads %j as a caption printed as text', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });

  it.each([
    ['a credit with neither a © nor a slash', 'A stoat in winter. (Photo: Jane Doe)'],
    ['a slashed credit naming no agency', 'Prices rose. (north/south)'],
    ['a sentence', 'The council met on Monday and voted to close the bridge.'],
    ['a long paragraph ending in a credit', `${'The council met on Monday. '.repeat(8)}© AFP / JANE DOE`],
  ])('does not read %s as a caption', (_, text) => {
    expect(isCaptionLine(text)).toBe(false);
  });
});

describe('isCreditLine', () => {
  it.each(['Foto: Jahr Media', 'Getty Images', 'AFP / JANE DOE'])('reads %j as a credit line', (text) => {
    expect(isCreditLine(text)).toBe(true);
  });

  it('does not read a sentence as one', () => {
    expect(isCreditLine('Getty Images bought the archive.')).toBe(false);
  });
});
