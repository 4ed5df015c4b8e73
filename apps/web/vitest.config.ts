import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'web',
    // e2e/ drives the built page in chromium; it runs with the unit tests so CI counts it.
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
  },
});
