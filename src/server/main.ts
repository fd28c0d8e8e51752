import { DEFAULT_DATABASE_URL, openAppContext } from '../services/app-context.js';
import { seedDemoIfEmpty } from '../services/database/seed-demo.js';
import { warmUpPlanning } from '../services/planning/warm-up-planning.js';
import { getDemoAccounts } from '../services/system/get-demo-accounts.js';
import { createTestClock } from '../services/system/test-clock.js';
import { buildServer } from './build-server.js';

/**
 * `npm start`: opens (and on first start creates, migrates and seeds) the database, then serves the
 * API and the web app. Settings come from the environment: PORT, HOST, DATABASE_URL, PENATA_DEMO=0
 * (no demo seed), PENATA_DEMO_EMPLOYEES, PENATA_DEMO_SEED, LOG_LEVEL, PENATA_TEST_CLOCK=1 (browser journeys:
 * a clock that can be moved forward; refused with NODE_ENV=production), PENATA_WARM_UP=0 (no
 * planning warm-up after start).
 */
const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '127.0.0.1';
const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

// A movable clock lets browser journeys close an objection window; refused in production.
if (env.PENATA_TEST_CLOCK === '1' && env.NODE_ENV === 'production') {
  console.error('PENATA_TEST_CLOCK=1 is refused when NODE_ENV=production');
  process.exit(1);
}
const testClock = env.PENATA_TEST_CLOCK === '1' ? createTestClock() : undefined;
const ctx = await openAppContext({ databaseUrl, ...(testClock ? { now: testClock.now } : {}) });
const seeded =
  env.PENATA_DEMO === '0'
    ? null
    : await seedDemoIfEmpty(ctx, {
        employees: Number(env.PENATA_DEMO_EMPLOYEES ?? 2500),
        seed: Number(env.PENATA_DEMO_SEED ?? 1),
        onProgress: (done, total) => {
          if (done === total || done % 20000 === 0) process.stdout.write(`  demo data: ${done}/${total}\n`);
        },
      });

const app = await buildServer(ctx, { logger: Boolean(env.LOG_LEVEL), ...(testClock ? { testClock } : {}) });
if (testClock)
  console.log('  PENATA_TEST_CLOCK=1: the clock can be moved forward through /api/test-clock (tests only)');
const shutdown = async () => {
  await app.close();
  await ctx.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port, host });
const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;

console.log(`\nPenata ${ctx.version} berjalan di / is running at http://${shownHost}:${actualPort}`);
console.log(
  `  API: http://${shownHost}:${actualPort}/api/health   docs: http://${shownHost}:${actualPort}/api/docs`,
);
console.log(
  `  Database: ${ctx.dialect}${ctx.dialect === 'sqlite' ? ` (${databaseUrl.replace(/^sqlite:/, '')})` : ''}`,
);
if (seeded?.created)
  console.log(
    `  Demo Kota Sibolga dibuat / created: ${seeded.employees} pegawai (${seeded.seconds.toFixed(1)} s)`,
  );
const demo = await getDemoAccounts(ctx);
if (demo.demo) {
  console.log(`\nAkun demo / demo accounts (kata sandi / password: ${demo.password}):`);
  for (const a of demo.accounts)
    console.log(`  ${a.username.padEnd(18)} ${a.role.padEnd(16)} ${a.description}`);
}

// Loads the matching data and warms the plan worker in the background, so that the first plan run
// does not wait for them (PENATA_WARM_UP=0 skips it).
if (env.PENATA_WARM_UP !== '0') {
  warmUpPlanning(ctx).then(
    (seconds) => console.log(`  Rencana mutasi siap / planning warmed up (${seconds.toFixed(1)} s)`),
    (error: unknown) => console.error('planning warm-up failed:', error),
  );
}
