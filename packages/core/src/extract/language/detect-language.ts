import { PACKS } from '../../languages';
import type { LanguagePack } from '../../languages/types';

/** Function word → the languages it belongs to, in registry order. */
function indexOf(packs: readonly LanguagePack[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const pack of packs) {
    for (const w of pack.functionWords) index.set(w, [...(index.get(w) ?? []), pack.code]);
  }
  return index;
}
const INDEX = indexOf(PACKS);
const SAMPLE = 5000;
const MIN_HITS = 5;

/**
 * Guesses the language of a plain text from its function words (first 5,000 characters), returning a
 * BCP 47 tag or null when the evidence is thin. Pages declare their language; plain text does not.
 */
export function detectLanguage(text: string, packs?: readonly LanguagePack[]): string | null {
  const index = packs ? indexOf(packs) : INDEX;
  const counts = new Map<string, number>();
  for (const m of text.slice(0, SAMPLE).matchAll(/\p{L}+/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    // A capitalised function word is an initialism or part of a name ("NA" in a table, "De Graafschap"),
    // not running text; a sentence's first word is lost, which a text of five function words can spare.
    if (word !== lower) continue;
    for (const lang of index.get(lower) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  // A near tie between two languages is no verdict.
  if (second && second[1] * 1.3 > best[1]) return null;
  return best[0];
}
