// Test helper: the checks every language pack passes, run from each pack's own test file.
import { expect, it } from 'vitest';
import type { LanguagePack, MonthTable } from '../src/languages/types';

function numbersOf(table: MonthTable): number[] {
  return [...new Set(Object.values(table))].sort((a, b) => a - b);
}

const isLower = (w: string) => w === w.toLowerCase();

/** Registers the tests every pack must pass: months 1–12, lower-case labels, function words. */
export function checkPack(pack: LanguagePack, folder: string): void {
  it('is registered under its folder name', () => {
    expect(pack.code).toBe(folder);
  });

  it('names every month 1–12 in full, and maps nothing outside 1–12', () => {
    expect(numbersOf(pack.page.months)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const n of Object.values(pack.page.monthAbbreviations)) expect(n >= 1 && n <= 12).toBe(true);
  });

  it('keeps month names lower case and never gives one name two months', () => {
    const seen = new Map<string, number>();
    for (const table of [pack.page.months, pack.page.monthAbbreviations]) {
      for (const [name, n] of Object.entries(table)) {
        expect(isLower(name), name).toBe(true);
        expect(seen.get(name) ?? n, name).toBe(n);
        seen.set(name, n);
      }
    }
  });

  const { page } = pack;
  it.each([
    ['bylineLabels', page.bylineLabels],
    ['publishedLabels', page.publishedLabels],
    ['publishedLinks', page.publishedLinks],
    ['publishedByLabels', page.publishedByLabels],
    ['memberSinceLabels', page.memberSinceLabels],
    ['stampLabels', page.stampLabels],
    ['stampPrefixes', page.stampPrefixes],
    ['bylineElementLabels', page.bylineElementLabels],
    ['bylineElementTails', page.bylineElementTails],
    ['bylineNotNames', page.bylineNotNames],
    ['bylineNodeLabels', page.bylineNodeLabels],
  ])('keeps %s distinct, lower case and never empty', (_field, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) {
      expect(w.trim(), JSON.stringify(w)).toBe(w);
      expect(w.length > 0 && isLower(w), w).toBe(true);
    }
  });

  it('prints byline openers as words, never an empty string', () => {
    for (const w of page.bylineNodeOpeners) expect(w, JSON.stringify(w)).toMatch(/^\p{L}+(?: \p{L}+)*$/u);
  });

  it('names each agency once, with its canonical name among its forms', () => {
    for (const a of pack.page.agencies) {
      expect(a.forms).toContain(a.name);
      for (const f of a.ambiguousForms ?? []) expect(a.forms).toContain(f);
    }
  });
}
