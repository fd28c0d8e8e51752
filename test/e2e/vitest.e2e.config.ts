import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Browser journeys: Debian's Chromium driven by playwright-core against the real server, started
 * once by the global setup (with a fresh SQLite database). One file at a time: the machines have
 * two cores and the journeys measure timings.
 */
export default defineConfig({
  test: {
    root,
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The 100,000-employee server seeds while the other journeys run; its journey waits for it.
    sequence: { shuffle: false },
  },
});
