// Regular expressions assembled from parts at load time go through here, so the ReDoS test can check
// the final pattern that runs (test/regex-safety.test.ts), not just the literals it can read in the source.
const COMPILED: { source: string; flags: string }[] = [];

/** `new RegExp(source, flags)`, recorded for the ReDoS check. */
export function compilePattern(source: string, flags = ''): RegExp {
  COMPILED.push({ source, flags });
  return new RegExp(source, flags);
}

/** Every pattern built with {@link compilePattern} so far (for tests). */
export function compiledPatterns(): readonly { source: string; flags: string }[] {
  return COMPILED;
}

/** `text` with every character a regular expression reads specially escaped, so that it matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const QUANTIFIERS = new Set(['?', '*', '+', '{']);

/**
 * The longest run of plain characters that every match of `source` (one alternative, no top-level `|`) must hold,
 * lower-cased, or null when it has none: "(?:das )?automatische laden (?:der|von) inhalten?" gives
 * "automatische laden " (the group and the optional "n" hold nothing certain). A page text without it cannot match,
 * and `includes` finds a literal many times faster than a long alternation is tried at every position.
 */
export function requiredLiteral(source: string): string | null {
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      end();
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '[' || c === '{') {
      // A character class, or a counted quantifier's bounds: nothing literal.
      end();
      const close = c === '[' ? ']' : '}';
      while (i < source.length && source[i] !== close) i++;
      continue;
    }
    if (QUANTIFIERS.has(c)) {
      end();
      continue;
    }
    // A top-level alternation: no run is in every match.
    if (c === '|' && depth === 0) return null;
    if (depth > 0 || '()|.^$]}'.includes(c)) {
      end();
      continue;
    }
    if (QUANTIFIERS.has(source[i + 1] ?? '')) {
      // The character a quantifier follows may be absent or repeated: the run ends before it.
      end();
      continue;
    }
    run += c;
  }
  end();
  return best.trim().length >= 3 ? best.toLowerCase() : null;
}
