import type { TestProject } from 'vitest/node';
import { chromiumMissingReason } from './chromium';
import { type ServerProcess, startServer, waitForHealth } from './server-process';
import { ensureWebBuild } from './web-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the server with the default demo (2,500 employees). */
    baseUrl: string;
    /** Base URL of the server seeded with 100,000 employees ('' when disabled); may still be seeding. */
    bigBaseUrl: string;
    bigLogFile: string;
    /**
     * Base URL of a demo server whose clock journeys may move forward (PENATA_TEST_CLOCK=1), so a
     * round can pass its objection window without touching the shared server; may still be seeding.
     */
    roundBaseUrl: string;
    roundLogFile: string;
    /** Why the journeys are skipped ('' when they run). */
    skipReason: string;
  }
}

/**
 * Starts the app once for all journeys: builds web/dist when stale, starts the real server on a free
 * port with a fresh SQLite database, and (unless PENATA_E2E_PERF=0) a second one seeded with 100,000
 * employees for the paging measurement, which seeds in the background while other journeys run.
 * PENATA_E2E_BASE_URL points the journeys at an already running server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = chromiumMissingReason();
  project.provide('skipReason', missing ?? '');
  project.provide('baseUrl', '');
  project.provide('bigBaseUrl', '');
  project.provide('bigLogFile', '');
  project.provide('roundBaseUrl', '');
  project.provide('roundLogFile', '');
  if (missing) {
    if (process.env.CI) throw new Error(`[e2e] ${missing}: the browser journeys cannot run in CI without it`);
    console.warn(`[e2e] skipping the browser journeys: ${missing}`);
    return async () => undefined;
  }

  const external = process.env.PENATA_E2E_BASE_URL;
  if (external) {
    await waitForHealth(external, { timeoutMs: 10_000 });
    project.provide('baseUrl', external);
    project.provide('bigBaseUrl', process.env.PENATA_E2E_BIG_BASE_URL ?? '');
    // A server started with PENATA_TEST_CLOCK=1, for the journey that moves time forward.
    project.provide('roundBaseUrl', process.env.PENATA_E2E_ROUND_BASE_URL ?? '');
    return async () => undefined;
  }

  ensureWebBuild();
  const servers: ServerProcess[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  try {
    const main = await startServer('demo', { PENATA_DEMO_SEED: '1' });
    servers.push(main);
    const ms = await waitForHealth(main.url, {
      timeoutMs: 180_000,
      logFile: main.logFile,
      child: main.child,
    });
    console.log(`[e2e] server ready at ${main.url} in ${(ms / 1000).toFixed(1)} s`);
    project.provide('baseUrl', main.url);

    const round = await startServer('round', { PENATA_DEMO_SEED: '1', PENATA_TEST_CLOCK: '1' });
    servers.push(round);
    project.provide('roundBaseUrl', round.url);
    project.provide('roundLogFile', round.logFile);

    if (process.env.PENATA_E2E_PERF !== '0') {
      const big = await startServer('100k', { PENATA_DEMO_EMPLOYEES: '100000', PENATA_DEMO_SEED: '1' });
      servers.push(big);
      project.provide('bigBaseUrl', big.url);
      project.provide('bigLogFile', big.logFile);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
