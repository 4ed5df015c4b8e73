// The browser entry of the built package carries English only: every other language's entity model is a chunk
// that only a dynamic import (loadLanguage) reaches, and the `node` entry reaches them all. Reads dist/, which
// `pnpm build` writes before the tests run (as the site-rules test does).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as deWeights from '../src/nlp/ner/model/de/weights.gen';
import * as esWeights from '../src/nlp/ner/model/es/weights.gen';
import * as frWeights from '../src/nlp/ner/model/fr/weights.gen';
import * as itWeights from '../src/nlp/ner/model/it/weights.gen';
import * as nlWeights from '../src/nlp/ner/model/nl/weights.gen';
import * as ptWeights from '../src/nlp/ner/model/pt/weights.gen';
import { MODEL_BLOB as ENGLISH_BLOB } from '../src/nlp/ner/model/weights.gen';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const OTHERS = { de: deWeights, es: esWeights, fr: frWeights, it: itWeights, nl: nlWeights, pt: ptWeights };
// A stretch of a model's blob as the bundle writes it: base64 has no character a string literal escapes.
const marker = (blob: string) => blob.slice(1000, 1200);

/** The files an entry loads before anything runs: itself and, transitively, its static imports. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // ESM: `import … from "./x.js"` / `export … from "./x.js"`; CJS: `require("./x.cjs")` not inside import().
    const specifiers = [
      ...code.matchAll(/(?:^|[;\s])(?:import|export)\s[^;]*?from\s*["'](\.[^"']+)["']/g),
      ...code.matchAll(/(?:^|[;\s])import\s*["'](\.[^"']+)["']/g),
      ...code.matchAll(/(?<!then\(\(\) => (?:__toESM\()?)require\(["'](\.[^"']+)["']\)/g),
    ].map((m) => m[1]!);
    for (const s of specifiers) visit(join(dirname(file), s));
  };
  visit(entry);
  return [...seen];
}

const read = (files: readonly string[]) => files.map((f) => readFileSync(f, 'utf8')).join('\n');

describe('language chunks of the built package', () => {
  it.each(['index.js', 'index.cjs'])('%s loads the English model and no other language up front', (entry) => {
    const code = read(staticClosure(join(DIST, entry)));
    expect(code).toContain(marker(ENGLISH_BLOB));
    for (const [code_, weights] of Object.entries(OTHERS))
      expect(code.includes(marker(weights.MODEL_BLOB)), `${code_} model in ${entry}`).toBe(false);
  });

  it.each(['node.js', 'node.cjs'])('%s loads every language up front', (entry) => {
    const code = read(staticClosure(join(DIST, entry)));
    for (const [code_, weights] of Object.entries(OTHERS))
      expect(code.includes(marker(weights.MODEL_BLOB)), `${code_} model in ${entry}`).toBe(true);
  });
});
