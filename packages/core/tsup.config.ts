import { defineConfig } from 'tsup';

/** Packages bundled into dist (devDependencies): eld ships ES modules only, and bundled the CommonJS build loads it. */
export const BUNDLED = ['eld'];

export default defineConfig({
  // node.ts: the `node` export condition, index.ts with every language's entity model registered up front. The
  // other languages' models are dynamic imports of index.ts, so each is a chunk of its own that a browser fetches
  // only when loadLanguage asks for it.
  entry: { index: 'src/index.ts', node: 'src/node.ts', 'schema/index': 'src/schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  // One shared chunk, so "@copydesk/core" and "@copydesk/core/schema" hand out the same schema objects.
  splitting: true,
  treeshake: true,
  noExternal: BUNDLED,
});
