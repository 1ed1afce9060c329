import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus tests read tens of thousands of articles; two cores make them slow, not broken.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
