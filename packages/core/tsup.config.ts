import { defineConfig } from 'tsup';

/** Packages bundled into dist (devDependencies): eld ships ES modules only, and bundled the CommonJS build loads it. */
export const BUNDLED = ['eld'];

export default defineConfig({
  entry: { index: 'src/index.ts', 'schema/index': 'src/schema/index.ts' },
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
