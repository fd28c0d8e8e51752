import type { TestProject } from 'vitest/node';
import { findPostgresBinaries, startThrowawayPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server for the PostgreSQL variant of store suites; null when it is skipped. */
    penataPostgresUrl: string | null;
    /** Why the PostgreSQL variant is skipped (null when it runs). */
    penataPostgresSkipReason: string | null;
  }
}

const inCi = (): boolean => Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * Vitest globalSetup: one PostgreSQL server per test run. PENATA_TEST_DATABASE_URL wins; otherwise a
 * throwaway server starts from the system binaries and stops in teardown. Without binaries the
 * PostgreSQL variant is skipped locally and the run fails in CI.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.PENATA_TEST_DATABASE_URL;
  if (given) {
    project.provide('penataPostgresUrl', given);
    project.provide('penataPostgresSkipReason', null);
    return undefined;
  }
  const found = findPostgresBinaries();
  if ('reason' in found) {
    if (inCi()) throw new Error(`CI needs PostgreSQL for the store suites: ${found.reason}`);
    console.warn(`[penata] PostgreSQL variant of the store suites skipped: ${found.reason}`);
    project.provide('penataPostgresUrl', null);
    project.provide('penataPostgresSkipReason', found.reason);
    return undefined;
  }
  const server = await startThrowawayPostgres(found.dir);
  project.provide('penataPostgresUrl', server.url);
  project.provide('penataPostgresSkipReason', null);
  return () => server.stop();
}
