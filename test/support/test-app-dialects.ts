import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { SqlDialect } from '../../src/store/dialect.js';
import { admin, DIALECTS, dropDatabase } from './databases.js';
import { createTestApp, type TestApp } from './test-app.js';

type SeedOptions = { employees?: number; seed?: number };

/**
 * A test app over the demo on either engine: SQLite from a copy of the run's seeded template,
 * PostgreSQL in a fresh database on the run's server, seeded in place through the real seed (slower:
 * seconds) and dropped on close. For route suites whose queries differ by dialect.
 */
export async function createTestAppOn(dialect: SqlDialect, options: SeedOptions = {}): Promise<TestApp> {
  if (dialect === 'sqlite') return createTestApp(options);
  const serverUrl = inject('penataPostgresUrl');
  if (!serverUrl) throw new Error(`PostgreSQL is not available: ${inject('penataPostgresSkipReason')}`);
  const name = `penata_app_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const app = await createTestApp({ ...options, databaseUrl: url.toString() });
  return {
    ...app,
    async close() {
      await app.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/**
 * Declares a route suite once per dialect; the PostgreSQL variant is skipped, with the reason in its
 * name, only when the run has no server (outside CI; in CI the global setup fails instead). The
 * suite creates its app itself, e.g. in `beforeAll(() => createTestAppOn(dialect))`.
 */
export function describeAppEachDialect(name: string, body: (dialect: SqlDialect) => void): void {
  for (const dialect of DIALECTS) {
    const skipped = dialect === 'postgres' && inject('penataPostgresSkipReason') !== null;
    (skipped ? describe.skip : describe)(
      `${name} [${dialect}]${skipped ? ' (no PostgreSQL server)' : ''}`,
      () => body(dialect),
    );
  }
}

/**
 * Declares a route suite once per engine with its app made and closed for it (seeding PostgreSQL
 * takes seconds, so the hook has time).
 * @example describeEachDialectApp('board', (app) => { it('...', async () => { app().app.inject(...) }) });
 */
export function describeEachDialectApp(
  name: string,
  body: (app: () => TestApp) => void,
  options: SeedOptions = {},
): void {
  describeAppEachDialect(name, (dialect) => {
    let app: TestApp | undefined;
    beforeAll(async () => {
      app = await createTestAppOn(dialect, options);
    }, 180_000);
    afterAll(async () => {
      await app?.close();
    });
    body(() => {
      if (!app) throw new Error('test app is not ready yet (use it inside tests or hooks)');
      return app;
    });
  });
}
