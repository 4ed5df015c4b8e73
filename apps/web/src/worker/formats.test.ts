import { describe, expect, it } from 'vitest';
import { findConverters, serializeOutput } from './formats';

describe('findConverters', () => {
  it('finds only the converters the core exports as functions', () => {
    const found = findConverters({ toJsonLd: () => ({ '@type': 'NewsArticle' }), toNinjs: 'not a function' });
    expect([...found.keys()]).toEqual(['jsonld']);
  });

  it('finds nothing in a core without converters', () => {
    expect(findConverters({ parseArticle: () => null }).size).toBe(0);
  });
});

describe('serializeOutput', () => {
  it.each([
    ['{"a":1}', '{"a":1}'],
    [{ a: 1 }, '{\n  "a": 1\n}'],
  ])('%#', (output, expected) => {
    expect(serializeOutput(output)).toBe(expected);
  });
});
