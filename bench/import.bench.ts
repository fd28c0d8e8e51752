/**
 * Employee import benchmark: a generated 100,000-employee file imported through `penata import`'s
 * service (read, validate, resolve, diff, write in one transaction) versus a plain bulk insert of
 * the same rows (`insertEmployees`, the path of `db seed`) into the same database, on SQLite and
 * PostgreSQL. Prints both times side by side with the ratio (target: import within 3x).
 *
 *   npm run bench:import [-- --employees 100000] [--only sqlite|postgres] [--format csv|xlsx]
 *                        [--order bulk-first|import-first]
 *
 * PostgreSQL: PENATA_BENCH_DATABASE_URL (a database the bench may fill), else a throwaway server
 * started from the local binaries (as the tests do). Writes the table to bench/out/import.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { EmployeeDraft, InstansiDataset } from '../src/core/model/drafts.js';
import { highestEducation } from '../src/core/model/education.js';
import { golonganLabel } from '../src/core/model/golongan.js';
import type { AppContext } from '../src/services/app-context.js';
import { importEmployees } from '../src/services/import/import-employees.js';
import { connectDatabase } from '../src/store/connect.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { insertDataset } from '../src/store/repositories/insert-dataset.js';
import { insertEmployees } from '../src/store/repositories/insert-employees.js';
import { buildLargeDataset } from '../test/support/large-dataset.js';
import { findPostgresBinaries, startThrowawayPostgres } from '../test/support/postgres-server.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const EMPLOYEES = Number(arg('employees') ?? 100_000);
const ONLY = arg('only');
const FORMAT = (arg('format') ?? 'csv') as 'csv' | 'xlsx';
/** `--order import-first`: the import runs before the bulk insert (default: bulk insert first). */
const IMPORT_FIRST = arg('order') === 'import-first';
// The generator draws TMT CPNS up to 2027: the clock is set after that so every NIP is valid.
const NOW = new Date('2030-06-30T00:00:00Z');

/** Each person as the file holds them: current rank, current post, highest education. */
function currentOnly(e: EmployeeDraft): EmployeeDraft {
  const post = e.positionHistory.find((p) => p.endDate === null) ?? e.positionHistory.at(-1);
  const education = highestEducation(e.education);
  return {
    ...e,
    rankHistory: e.rankHistory.slice(-1),
    education: education ? [education] : [],
    positionHistory: post ? [{ ...post, endDate: null }] : [],
    competencyAssessments: [],
    trainings: [],
    disciplinaryCases: [],
  };
}

const HEADERS = [
  'NIP',
  'NAMA',
  'GELAR BELAKANG',
  'TANGGAL LAHIR',
  'JENIS KELAMIN',
  'GOL/RUANG',
  'TMT GOL',
  'KODE JABATAN',
  'TMT JABATAN',
  'PENDIDIKAN',
  'BIDANG PENDIDIKAN',
  'JURUSAN',
  'TAHUN LULUS',
];
const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
function cells(e: EmployeeDraft): string[] {
  const r = e.rankHistory[0];
  const p = e.positionHistory[0];
  const ed = e.education[0];
  return [
    e.nip,
    e.name,
    e.backTitle ?? '',
    dmy(e.birthDate),
    e.gender === 'M' ? 'L' : 'P',
    r ? golonganLabel(r.golongan) : '',
    r ? dmy(r.tmt) : '',
    p?.positionCode ?? '',
    p ? dmy(p.startDate) : '',
    ed?.level ?? '',
    ed?.field ?? '',
    ed?.major ?? '',
    ed ? String(ed.graduationYear) : '',
  ];
}

async function buildFile(employees: readonly EmployeeDraft[]): Promise<Uint8Array> {
  if (FORMAT === 'csv') {
    const lines = [`\uFEFFDATA PEGAWAI (BENCHMARK)`, '', HEADERS.join(';')];
    for (const e of employees)
      lines.push(
        cells(e)
          .map((c) => (c.includes(';') ? `"${c}"` : c))
          .join(';'),
      );
    return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(HEADERS);
  for (const e of employees) ws.addRow(cells(e));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Result {
  dialect: string;
  bulkSeconds: number;
  importSeconds: number;
  created: number;
  peakRssMb: number;
  /** How far RSS rose above its level before the import (the import's own memory, not the data set). */
  importRssMb: number;
}

/** Samples RSS every 50 ms until stopped; returns the peak growth over the level at the start. */
function rssGrowth(): () => number {
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return () => {
    clearInterval(timer);
    return (Math.max(peak, process.memoryUsage.rss()) - before) / 2 ** 20;
  };
}

async function measure(
  dialect: 'sqlite' | 'postgres',
  url: string,
  dataset: InstansiDataset,
  file: Uint8Array,
): Promise<Result> {
  const conn = await connectDatabase(url);
  await migrateToLatest(conn.db);
  const organisation = (code: string) => ({
    ...dataset,
    instansi: { ...dataset.instansi, code },
    employees: [],
    users: [],
  });
  const positionIds = async (instansiId: number) =>
    new Map(
      (
        await conn.db
          .selectFrom('positions')
          .select(['id', 'code'])
          .where('instansi_id', '=', instansiId)
          .execute()
      ).map((p) => [p.code, p.id]),
    );

  const bulk = async () => {
    const base = await conn.db
      .transaction()
      .execute((trx) => insertDataset(trx, organisation('BULK'), { passwordHash: 'x' }));
    const ids = await positionIds(base.instansiId);
    const t0 = performance.now();
    await conn.db.transaction().execute((trx) =>
      insertEmployees(
        trx,
        base.instansiId,
        dataset.employees,
        (code) => ids.get(code)!,
        () => {},
      ),
    );
    return (performance.now() - t0) / 1000;
  };

  const imported = async () => {
    const target = await conn.db
      .transaction()
      .execute((trx) => insertDataset(trx, organisation('IMPORT'), { passwordHash: 'x' }));
    const ctx: AppContext = {
      db: conn.db,
      dialect,
      now: () => NOW,
      version: 'bench',
      close: () => conn.close(),
    };
    let lastLine = 0;
    const stopRss = rssGrowth();
    const t0 = performance.now();
    const report = await importEmployees(
      ctx,
      { userId: 0, instansiId: target.instansiId, role: 'BKPSDM_OPERATOR' },
      { name: `pegawai.${FORMAT}`, content: file },
      {
        dryRun: false,
        onProgress: (p) => {
          if (performance.now() - lastLine > 2000 || p.fraction >= 1) {
            lastLine = performance.now();
            process.stderr.write(
              `  [${dialect}] ${p.phase} ${Math.round(p.fraction * 100)}% ${p.rows} rows ${Math.round(p.rowsPerSecond)}/s ETA ${p.etaSeconds.toFixed(0)} s\n`,
            );
          }
        },
      },
      { ip: 'bench' },
    );
    const importSeconds = (performance.now() - t0) / 1000;
    const importRssMb = stopRss();
    if (!report.committed) {
      throw new Error(`import refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
    }
    return { importSeconds, importRssMb, created: report.written.created };
  };
  // Whichever goes second writes into a database already holding the first one's 400,000 rows.
  let bulkSeconds: number;
  let importResult: Awaited<ReturnType<typeof imported>>;
  if (IMPORT_FIRST) {
    importResult = await imported();
    bulkSeconds = await bulk();
  } else {
    bulkSeconds = await bulk();
    importResult = await imported();
  }
  await conn.close();
  return {
    dialect,
    bulkSeconds,
    ...importResult,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function main() {
  // The generated full histories are dropped once reduced to what the file holds: both sides then
  // run with the same rows in memory, and the garbage collector does not walk a data set neither uses.
  const same = ((dataset: InstansiDataset) => ({
    ...dataset,
    employees: dataset.employees.map(currentOnly),
  }))(buildLargeDataset({ employees: EMPLOYEES, seed: 8 }));
  const file = await buildFile(same.employees);
  console.log(
    `${EMPLOYEES.toLocaleString('en')} employees, ${FORMAT.toUpperCase()} file ${(file.length / 1e6).toFixed(1)} MB, ${same.positions.length} positions`,
  );
  const results: Result[] = [];
  if (ONLY !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'penata-bench-'));
    try {
      results.push(await measure('sqlite', `sqlite:${join(dir, 'bench.db')}`, same, file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (ONLY !== 'sqlite') {
    let url = process.env.PENATA_BENCH_DATABASE_URL;
    let stop: (() => Promise<void>) | undefined;
    if (!url) {
      const bin = findPostgresBinaries();
      if ('reason' in bin) console.log(`PostgreSQL skipped: ${bin.reason}`);
      else {
        const server = await startThrowawayPostgres(bin.dir);
        url = server.url;
        stop = () => server.stop();
      }
    }
    if (url) {
      try {
        results.push(await measure('postgres', url, same, file));
      } finally {
        await stop?.();
      }
    }
  }
  const table = [
    `| ${EMPLOYEES.toLocaleString('en')} employees (${FORMAT.toUpperCase()}, ${IMPORT_FIRST ? 'import first' : 'bulk insert first'}) | plain bulk insert | import (read, validate, write) | ratio | peak RSS (process) | RSS growth during the import |`,
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.dialect} | ${r.bulkSeconds.toFixed(1)} s | ${r.importSeconds.toFixed(1)} s | ${(r.importSeconds / r.bulkSeconds).toFixed(2)}x | ${Math.round(r.peakRssMb)} MB | ${Math.round(r.importRssMb)} MB |`,
    ),
  ].join('\n');
  console.log(table);
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/import.md', `${table}\n`);
}

await main();
