// The import guard: imports under src/ run one way (issue 13). Each file's layer is its first path segment
// under src/ ("read", "extract", …; a top-level file is its own layer, "parse.ts"); the rules below say which
// layers a layer may import. A failure names the file, the import and the rule it breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../tsup.config';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

/** One import or re-export as written in a file. */
interface Specifier {
  specifier: string;
  typeOnly: boolean;
}

/** What an import points at: a file under src/ (path relative to src/) or a bare package. */
type Target =
  | { kind: 'file'; path: string; layer: string; typeOnly: boolean }
  | { kind: 'package'; name: string; typeOnly: boolean };

interface Rule {
  layer: string;
  rule: string;
  allows: (target: Extract<Target, { kind: 'file' }>) => boolean;
}

interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const only =
  (...layers: string[]) =>
  (t: { layer: string }) =>
    layers.includes(t.layer);
const never =
  (...layers: string[]) =>
  (t: { layer: string }) =>
    !layers.includes(t.layer);
const typeOnlySchema = (t: { layer: string; typeOnly: boolean }) => t.layer === 'schema' && t.typeOnly;

const RULES: readonly Rule[] = [
  { layer: 'schema', rule: 'schema/** imports only zod and schema/**', allows: only('schema') },
  {
    layer: 'util',
    rule: 'util/** imports only util/** (and types from schema/**)',
    allows: (t) => only('util')(t) || typeOnlySchema(t),
  },
  {
    layer: 'languages',
    rule: 'languages/** imports only languages/**, util/** (and types from schema/**)',
    allows: (t) => only('languages', 'util')(t) || typeOnlySchema(t),
  },
  {
    layer: 'front-matter',
    rule: 'front-matter/** never imports read/**, extract/**, formats/**, sites/**, parse.ts, index.ts',
    allows: never('read', 'extract', 'formats', 'sites', 'parse.ts', 'index.ts'),
  },
  {
    layer: 'read',
    rule: 'read/** never imports extract/**, formats/**, parse.ts, index.ts',
    allows: never('extract', 'formats', 'parse.ts', 'index.ts'),
  },
  {
    layer: 'nlp',
    rule: 'nlp/** never imports read/**, extract/**, formats/**, parse.ts',
    allows: never('read', 'extract', 'formats', 'parse.ts'),
  },
  {
    layer: 'extract',
    rule: 'extract/** never imports read/**, formats/**, sites/**, parse.ts, index.ts',
    allows: never('read', 'formats', 'sites', 'parse.ts', 'index.ts'),
  },
  {
    layer: 'formats',
    rule: 'formats/** imports only schema/**, util/** and formats/** (no internals)',
    allows: only('schema', 'util', 'formats'),
  },
  {
    layer: 'sites',
    rule: 'sites/** never imports extract/**, formats/**, parse.ts',
    allows: never('extract', 'formats', 'parse.ts'),
  },
];

// Layers whose bare imports are narrower than the package's dependencies.
const PACKAGES_BY_LAYER: Record<string, readonly string[]> = { schema: ['zod'], util: [], languages: [] };

/** The layer of a path relative to src/: its first segment, or the file name for a top-level file. */
function layerOf(path: string): string {
  return path.split('/')[0]!;
}

/** Every import, re-export, dynamic import() and import('…') type in a TypeScript source. */
function findSpecifiers(source: string, fileName = 'file.ts'): Specifier[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Specifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allNamedTypes =
        !!clause &&
        !clause.name &&
        !!named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || allNamedTypes });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.exportClause;
      const allNamedTypes =
        !!named &&
        ts.isNamedExports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allNamedTypes });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Resolves a relative specifier from `from` (both relative to src/) to a known file, or null. */
function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(/\.(?:js|ts|mjs|cjs)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}/index.ts`])
    if (known.has(candidate)) return candidate;
  return null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Checks every file (path relative to src/ → source) against the layer rules and the package's declared
 * dependencies; returns one violation per offending import.
 */
function checkImports(files: ReadonlyMap<string, string>, dependencies: readonly string[]): Violation[] {
  const known = new Set(files.keys());
  const violations: Violation[] = [];
  for (const [file, source] of files) {
    const layer = layerOf(file);
    const rule = RULES.find((r) => r.layer === layer);
    for (const { specifier, typeOnly } of findSpecifiers(source, file)) {
      const report = (text: string) => violations.push({ file, specifier, rule: text });
      if (specifier.startsWith('.')) {
        const path = resolveRelative(file, specifier, known);
        if (!path) {
          report('a relative import must resolve to a .ts file under src/');
          continue;
        }
        const target = { kind: 'file' as const, path, layer: layerOf(path), typeOnly };
        if (rule && !rule.allows(target)) report(rule.rule);
        continue;
      }
      if (specifier.startsWith('node:')) {
        if (!builtinModules.includes(specifier.slice(5))) report('node: imports must name a Node.js builtin');
        else if (layer in PACKAGES_BY_LAYER) report(rule?.rule ?? `${layer} imports no packages`);
        continue;
      }
      const name = packageName(specifier);
      const allowed = PACKAGES_BY_LAYER[layer];
      if (allowed && !allowed.includes(name)) report(rule?.rule ?? `${layer} imports no packages`);
      else if (!dependencies.includes(name))
        report(`bare imports in src/ name only the package's dependencies (${dependencies.join(', ')})`);
    }
  }
  return violations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function format(violations: Violation[]): string[] {
  return violations.map((v) => `src/${v.file} imports '${v.specifier}': ${v.rule}`);
}

// A package bundled into dist (tsup's noExternal) is as good as a dependency to the source.
const DEPENDENCIES = [
  ...Object.keys(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).dependencies ?? {}),
  ...BUNDLED,
].sort();

describe('the import guard', () => {
  it('passes on the source tree', () => {
    const files = new Map(
      sourceFiles(SRC).map((path) => [relative(SRC, path).split(sep).join('/'), readFileSync(path, 'utf8')]),
    );
    expect(files.size).toBeGreaterThan(50);
    expect(files.has('parse.ts')).toBe(true);
    expect([...files.values()].flatMap((source) => findSpecifiers(source)).length).toBeGreaterThan(200);
    expect(format(checkImports(files, DEPENDENCIES))).toEqual([]);
  });

  it('declares a rule for every layer the issue names, languages/ included', () => {
    expect(RULES.map((r) => r.layer).sort()).toEqual(
      ['extract', 'formats', 'front-matter', 'languages', 'nlp', 'read', 'schema', 'sites', 'util'].sort(),
    );
  });

  it('finds static, type-only, re-exported, dynamic and import-type specifiers', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      "import { type E, f } from './e';",
      "import './side-effect';",
      "export { g } from './g';",
      "export type { H } from './h';",
      "export * from './star';",
      "const i = await import('./i');",
      "let j: import('./j').J;",
      "// import { k } from './commented-out';",
    ].join('\n');
    expect(findSpecifiers(source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: true },
      { specifier: './e', typeOnly: false },
      { specifier: './side-effect', typeOnly: false },
      { specifier: './g', typeOnly: false },
      { specifier: './h', typeOnly: true },
      { specifier: './star', typeOnly: false },
      { specifier: './i', typeOnly: false },
      { specifier: './j', typeOnly: true },
    ]);
  });

  const fixture = (entries: [string, string][]) =>
    new Map<string, string>([
      ['schema/article.ts', "import { z } from 'zod';"],
      ['extract/quotes/extract-quotes.ts', ''],
      ['formats/to-json-ld.ts', ''],
      ['util/span.ts', ''],
      ['read/html/read-html.ts', ''],
      ['sites/lesswrong-com.ts', ''],
      ['parse.ts', ''],
      ...entries,
    ]);

  it.each([
    [
      'a reader importing an extractor',
      'read/html/read-html.ts',
      "import { extractQuotes } from '../../extract/quotes/extract-quotes';",
      'read/** never imports extract/**, formats/**, parse.ts, index.ts',
    ],
    [
      'a reader importing an extractor only for its types',
      'read/html/read-html.ts',
      "import type { Quote } from '../../extract/quotes/extract-quotes';",
      'read/** never imports extract/**, formats/**, parse.ts, index.ts',
    ],
    [
      'the schema importing a utility',
      'schema/index.ts',
      "export { makeSpan } from '../util/span';",
      'schema/** imports only zod and schema/**',
    ],
    [
      'the schema importing a package besides zod',
      'schema/index.ts',
      "import { parseDocument } from 'htmlparser2';",
      'schema/** imports only zod and schema/**',
    ],
    [
      'a utility importing a schema value',
      'util/table.ts',
      "import { ArticleSchema } from '../schema/article';",
      'util/** imports only util/** (and types from schema/**)',
    ],
    [
      'a language pack importing an extractor',
      'languages/en/months.ts',
      "const quotes = await import('../../extract/quotes/extract-quotes');",
      'languages/** imports only languages/**, util/** (and types from schema/**)',
    ],
    [
      'a format importing the pipeline',
      'formats/to-ninjs.ts',
      "import { parseArticle } from '../parse';",
      'formats/** imports only schema/**, util/** and formats/** (no internals)',
    ],
    [
      'an extractor importing a site rule',
      'extract/dates/extract-dates.ts',
      "import lesswrong from '../../sites/lesswrong-com';",
      'extract/** never imports read/**, formats/**, sites/**, parse.ts, index.ts',
    ],
    [
      'front matter importing a reader',
      'front-matter/byline/parse-byline.ts',
      "import { readHtml } from '../../read/html/read-html';",
      'front-matter/** never imports read/**, extract/**, formats/**, sites/**, parse.ts, index.ts',
    ],
    [
      'nlp importing a format',
      'nlp/annotate.ts',
      "export * from '../formats/to-json-ld';",
      'nlp/** never imports read/**, extract/**, formats/**, parse.ts',
    ],
    [
      'a site rule importing the pipeline',
      'sites/example-com.ts',
      "import { parseArticle } from '../parse';",
      'sites/** never imports extract/**, formats/**, parse.ts',
    ],
    [
      'an undeclared package',
      'read/html/dom.ts',
      "import { JSDOM } from 'jsdom';",
      "bare imports in src/ name only the package's dependencies (chardet, htmlparser2, zod)",
    ],
    [
      'an import that leaves src/',
      'parse.ts',
      "import { x } from '../test/seed';",
      'a relative import must resolve to a .ts file under src/',
    ],
  ])('reports %s', (_, file, source, rule) => {
    const violations = checkImports(fixture([[file, source]]), ['chardet', 'htmlparser2', 'zod']);
    expect(violations).toEqual([{ file, specifier: expect.any(String), rule }]);
    expect(format(violations)[0]).toContain(`src/${file} imports '${violations[0]!.specifier}'`);
  });

  it.each([
    ['a utility importing schema types', 'util/table.ts', "import type { Span } from '../schema/article';"],
    [
      'a language pack using a utility',
      'languages/en/months.ts',
      "import { makeSpan } from '../../util/span';",
    ],
    ['a reader using a builtin', 'read/decode.ts', "import { inflateSync } from 'node:zlib';"],
    ['the pipeline importing everything', 'parse.ts', "import { toJsonLd } from './formats/to-json-ld';"],
  ])('allows %s', (_, file, source) => {
    expect(checkImports(fixture([[file, source]]), ['chardet', 'htmlparser2', 'zod'])).toEqual([]);
  });
});
