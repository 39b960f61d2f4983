import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'server/**/*.test.tsx', 'evals/**/*.test.ts', 'extension/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.output/**', '**/.wxt/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite and Chromium are heavy; two cores.
    maxWorkers: 2,
  },
});
