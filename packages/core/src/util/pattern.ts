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
