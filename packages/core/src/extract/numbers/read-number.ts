import type { NumberWords } from '../../languages/types';
import type { Token } from '../../nlp/annotate';
import { compilePattern, escapeRegExp } from '../../util/pattern';

/** A count read from tokens: a number, or a vague amount ("dozens") with a null value. */
export interface NumberRead {
  value: number | null;
  /** The vague amount as written ("dozens", "tens of thousands"), else null. */
  vague: string | null;
  /** Index of the first token after the number. */
  next: number;
}

/** A pack's integers ("330,000", "330.000") and decimals ("1.2", "1,2"), by its separators. */
interface Patterns {
  digits: RegExp;
  decimal: RegExp;
}

const PATTERNS = new WeakMap<NumberWords, Patterns>();

function patternsOf(w: NumberWords): Patterns {
  let found = PATTERNS.get(w);
  if (!found) {
    const group = escapeRegExp(w.groupSeparator);
    const point = escapeRegExp(w.decimalSeparator);
    found = {
      digits: compilePattern(`^(?:\\d{1,3}(?:${group}\\d{3})+|\\d{1,9})$`),
      decimal: compilePattern(`^\\d{1,6}${point}\\d{1,3}$`),
    };
    PATTERNS.set(w, found);
  }
  return found;
}

// Most tokens open no count: one does only if it starts with a digit, is a word some reader below starts from
// ("eight", "a", "half", "dozens") or is hyphenated ("twenty-five"). The check spares every other token the reads.
const STARTS = new WeakMap<NumberWords, ReadonlySet<string>>();

function startsOf(w: NumberWords): ReadonlySet<string> {
  let found = STARTS.get(w);
  if (!found) {
    found = new Set([...Object.keys(w.numberWords), ...w.articles, w.halfDozen[0], ...w.vagueAmounts]);
    STARTS.set(w, found);
  }
  return found;
}

function mayOpen(w: NumberWords, word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || startsOf(w).has(word) || word.includes('-');
}

function lower(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** Reads a number word, "twenty-five" included; null when the word is not one. */
function wordValue(w: NumberWords, word: string): number | null {
  const direct = w.numberWords[word];
  if (direct !== undefined) return direct;
  const dash = word.indexOf('-');
  if (dash < 0) return null;
  const tens = w.numberWords[word.slice(0, dash)];
  const unit = w.numberWords[word.slice(dash + 1)];
  return tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10
    ? tens + unit
    : null;
}

// "two hundred", "1.2 million", "three thousand": the scale words that follow a number.
function applyScales(
  w: NumberWords,
  tokens: readonly Token[],
  i: number,
  base: number,
): { value: number; next: number } {
  let value = base;
  let j = i;
  while (j < tokens.length && j < i + 3) {
    const scale = w.scaleWords[lower(tokens, j)];
    if (scale === undefined) break;
    value *= scale;
    j++;
  }
  return { value, next: j };
}

// "dozens", "scores of", "tens of thousands", "hundreds of thousands".
function readVague(w: NumberWords, tokens: readonly Token[], i: number, end: number): NumberRead | null {
  const word = lower(tokens, i);
  if (!w.vagueAmounts.has(word)) return null;
  const then = lower(tokens, i + 2);
  if (i + 2 < end && lower(tokens, i + 1) === w.of && w.vagueScales.has(then)) {
    return { value: null, vague: `${word} ${lower(tokens, i + 1)} ${then}`, next: i + 3 };
  }
  // "tens" alone is not an amount.
  if (w.notAloneAmounts.has(word)) return null;
  return { value: null, vague: word, next: i + 1 };
}

/**
 * Reads a count at token `i` (before `end`): "8", "330,000", "1.2 million", "eight", "twenty-five",
 * "a dozen", "half a dozen", "two hundred", or a vague amount. Null when no count starts there.
 */
export function readNumber(
  w: NumberWords,
  tokens: readonly Token[],
  i: number,
  end = tokens.length,
): NumberRead | null {
  if (i >= end) return null;
  const word = lower(tokens, i);
  if (!mayOpen(w, word)) return null;
  const { digits, decimal } = patternsOf(w);
  if (digits.test(word)) {
    const scaled = applyScales(w, tokens, i + 1, Number(word.replaceAll(w.groupSeparator, '')));
    return { value: scaled.value, vague: null, next: Math.min(scaled.next, end) };
  }
  if (decimal.test(word)) {
    const scaled = applyScales(w, tokens, i + 1, Number(word.replace(w.decimalSeparator, '.')));
    return scaled.next > i + 1 ? { value: scaled.value, vague: null, next: scaled.next } : null;
  }
  const [half, a, dozen] = w.halfDozen;
  if (word === half && lower(tokens, i + 1) === a && lower(tokens, i + 2) === dozen) {
    return { value: 6, vague: null, next: i + 3 };
  }
  if (w.articles.has(word)) {
    const scale = w.scaleWords[lower(tokens, i + 1)];
    if (scale === undefined || i + 1 >= end) return null;
    const scaled = applyScales(w, tokens, i + 1, 1);
    return { value: scaled.value, vague: null, next: scaled.next };
  }
  const base = wordValue(w, word);
  if (base !== null) {
    const scaled = applyScales(w, tokens, i + 1, base);
    return { value: scaled.value, vague: null, next: Math.min(scaled.next, end) };
  }
  return readVague(w, tokens, i, end);
}
