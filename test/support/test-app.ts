import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/build-server.js';
import { type AppContext, openAppContext } from '../../src/services/app-context.js';
import { seedDemoInto } from '../../src/services/database/seed-demo.js';
import { copySeededDatabase } from './seeded-template.js';

export const DEMO_PASSWORD = 'sibolga2026';
export const FIXED_NOW = new Date('2026-11-28T03:00:00Z');

export interface TestApp {
  readonly app: FastifyInstance;
  readonly ctx: AppContext;
  /** Signs in and returns the cookie header for later requests. */
  signIn(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real server over a fresh SQLite file seeded with a small Kota Sibolga demo, called in-process
 * with `app.inject()`. The clock is fixed so that dates in assertions do not drift. The file is a
 * copy of this run's seeded template (seeded-template.ts); with `databaseUrl` it seeds in place.
 */
export async function createTestApp(
  opts: { employees?: number; seed?: number; databaseUrl?: string } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'penata-test-'));
  const now = () => FIXED_NOW;
  const size = { employees: opts.employees ?? 300, seed: opts.seed ?? 7 };
  if (opts.databaseUrl) {
    const ctx = await openAppContext({ databaseUrl: opts.databaseUrl, now });
    await seedDemoInto(ctx, size);
    return testAppOver(ctx, dir);
  }
  const file = join(dir, 'penata.db');
  await copySeededDatabase(file, { ...size, now });
  return testAppOver(await openAppContext({ databaseUrl: `sqlite:${file}`, now }), dir);
}

async function testAppOver(ctx: AppContext, dir: string): Promise<TestApp> {
  const app = await buildServer(ctx, { webDist: join(dir, 'no-web'), signInRateLimit: 1000 });
  return {
    app,
    ctx,
    async signIn(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'penata_session');
      if (!cookie) throw new Error('no session cookie');
      return `penata_session=${cookie.value}`;
    },
    async close() {
      await app.close();
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
