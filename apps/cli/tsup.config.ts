import { defineConfig } from 'tsup';

export default defineConfig({
  // worker.js is loaded by path from cli.js (node:worker_threads), so it is its own entry.
  entry: { cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  banner: { js: '#!/usr/bin/env node' },
  external: ['@copydesk/core', '@duckdb/node-api', 'warcio', 'tinyglobby'],
});
