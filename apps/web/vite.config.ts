import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths, so the built page works from any folder or static host.
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', reportCompressedSize: true },
});
