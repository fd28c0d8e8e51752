import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/postgres-global-setup.ts', 'test/support/template-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
