/**
 * Measures the store with a large synthetic instansi on SQLite and PostgreSQL:
 *   node_modules/.bin/tsx test/support/measure-store.ts [employees=100000] [postgres-url]
 * Without a URL a throwaway PostgreSQL server is started (as for the tests).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { connectDatabase } from '../../src/store/connect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { type EmployeeListQuery, listEmployees } from '../../src/store/repositories/employees.js';
import { insertDataset } from '../../src/store/repositories/insert-dataset.js';
import { listPositions } from '../../src/store/repositories/positions.js';
import { listUnitTree } from '../../src/store/repositories/units.js';
import { workforceStats } from '../../src/store/repositories/workforce-stats.js';
import { d } from './factories.js';
import { buildLargeDataset } from './large-dataset.js';
import { findPostgresBinaries, startThrowawayPostgres } from './postgres-server.js';

const employees = Number(process.argv[2] ?? 100_000);
let pgUrl = process.argv[3] ?? process.env.PENATA_TEST_DATABASE_URL;
let stopServer: (() => Promise<void>) | undefined;
if (!pgUrl) {
  const found = findPostgresBinaries();
  if ('dir' in found) {
    const server = await startThrowawayPostgres(found.dir);
    pgUrl = server.url;
    stopServer = server.stop;
  } else {
    console.warn(found.reason);
  }
}

let t = performance.now();
const dataset = buildLargeDataset({ employees });
console.log(`generated ${employees} employees in ${(performance.now() - t).toFixed(0)} ms`);

const ms = (x: number) => `${x.toFixed(1)} ms`;
async function time<T>(fn: () => Promise<T>, runs = 5): Promise<{ median: number; result: T }> {
  let result = await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, result };
}

const queries: [string, EmployeeListQuery][] = [
  ['page 1 by name', { page: 1, pageSize: 50 }],
  ['page 1000 by name', { page: 1000, pageSize: 50 }],
  ['by golongan desc', { page: 3, pageSize: 50, sort: 'golongan', order: 'desc' }],
  ['by unit', { page: 2, pageSize: 50, sort: 'unit' }],
  ['by position', { page: 2, pageSize: 50, sort: 'position' }],
  ['by tenure', { page: 2, pageSize: 50, sort: 'tenure' }],
  ['by nip', { page: 2, pageSize: 50, sort: 'nip' }],
  ['q name', { page: 1, pageSize: 50, q: 'siregar 12' }],
  ['q nip prefix', { page: 1, pageSize: 50, q: '1985 04' }],
  ['golongan 33,34 + S1 field', { page: 1, pageSize: 50, golongan: [33, 34], educationField: 'LAW' }],
  ['OPD subtree + kind JF', { page: 1, pageSize: 50, unitIds: [1], positionKind: 'JF' }],
  [
    'all filters',
    { page: 1, pageSize: 50, unitIds: [1], golongan: [31, 32, 33], status: 'ACTIVE', q: 'a', sort: 'tenure' },
  ],
];

const sqliteDir = mkdtempSync(join(tmpdir(), 'penata-measure-'));
const targets: (() => Promise<{ url: string; drop(): Promise<void> }>)[] = [
  async () => ({ url: `sqlite:${join(sqliteDir, 'penata.db')}`, drop: async () => undefined }),
];
if (pgUrl) {
  const serverUrl = pgUrl;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  targets.push(async () => {
    const name = `penata_measure_${Date.now()}`;
    await admin(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => admin(`drop database ${name} with (force)`) };
  });
}
for (const target of targets) {
  const { url, drop } = await target();
  const { db, dialect, close } = await connectDatabase(url);
  await migrateToLatest(db);
  t = performance.now();
  const { instansiId, rowCount } = await db
    .transaction()
    .execute((trx) => insertDataset(trx, dataset, { passwordHash: 'x' }));
  const insertMs = performance.now() - t;
  console.log(`\n[${dialect}] insertDataset: ${rowCount} rows in ${(insertMs / 1000).toFixed(1)} s`);
  for (const [label, query] of queries) {
    const { median, result } = await time(() => listEmployees(db, instansiId, query));
    console.log(`  listEmployees ${label}: ${ms(median)} (total ${result.total})`);
  }
  const positions = await time(() =>
    listPositions(db, instansiId, { page: 5, pageSize: 50, vacant: true, sort: 'vacancies', order: 'desc' }),
  );
  console.log(
    `  listPositions vacant by vacancies: ${ms(positions.median)} (total ${positions.result.total})`,
  );
  const tree = await time(() => listUnitTree(db, instansiId));
  console.log(`  listUnitTree: ${ms(tree.median)} (${tree.result.length} units)`);
  const stats = await time(
    () => workforceStats(db, instansiId, { asOf: d('2026-11-28'), retirementWithinMonths: 12 }),
    3,
  );
  console.log(`  workforceStats: ${ms(stats.median)} (near retirement ${stats.result.nearRetirement})`);
  await close();
  await drop();
}
await stopServer?.();
rmSync(sqliteDir, { recursive: true, force: true });
