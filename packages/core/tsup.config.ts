import { defineConfig } from 'tsup';

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
  // eld ships ES modules only: bundled, the CommonJS build can load it too.
  noExternal: ['eld'],
});
