import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliDatabase } from '../../test/support/cli-harness.js';
import { CLI_TEST_TIMEOUT } from '../../test/support/cli-timeout.js';

const { dir, file, penata } = cliDatabase('penata-cli-eval-');
let nips: string[] = [];

beforeAll(async () => {
  const seed = penata('db', 'seed', '--demo', '--employees', '120', '--seed', '5');
  if (seed.code !== 0) throw new Error(seed.err);
  const db = new SqliteDatabase(file, { readonly: true });
  nips = (db.prepare('select nip from employees order by id limit 5').all() as { nip: string }[]).map(
    (r) => r.nip,
  );
  db.close();
}, 120_000);

describe('penata talent grid', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('prints the 9-box of a period as JSON; counts add up to the evaluated population', () => {
    const r = penata('talent', 'grid', '--period', '2025', '--json');
    expect(r.code, r.err).toBe(0);
    const grid = JSON.parse(r.out);
    const boxes = grid.boxes.reduce((s: number, b: { count: number }) => s + b.count, 0);
    const unplaced = Object.values(grid.unplaced as Record<string, number>).reduce((s, n) => s + n, 0);
    expect(grid).toMatchObject({ period: '2025', status: 'CLOSED', policyVersion: 1 });
    expect(boxes).toBe(grid.placed);
    expect(boxes + unplaced).toBe(grid.population);
    expect(grid.population).toBeGreaterThan(50);
  });

  it('exits 2 on wrong usage and 1 for an unknown period', () => {
    expect(penata('talent', 'grid').code).toBe(2);
    expect(penata('talent', 'grid', '--period', '2025', '--unit', 'nol').code).toBe(2);
    expect(penata('talent', 'grid', '--period', '2019').code).toBe(1);
  });
});

describe('penata evaluation import', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('exits 1 and writes nothing for a file with bad rows, naming each', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        'NIP;NAMA;HASIL KERJA;PERILAKU KERJA;PERIODE',
        '199001012015011999;Tidak Dikenal;Sesuai;Sesuai;',
        `${nips[0]};Satu;4;Sesuai;`,
        `${nips[1]};Dua;Sesuai;Sesuai;2024`,
      ].join('\n'),
    );
    const r = penata('evaluation', 'import', bad, '--period', '2026-TW4', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.committed).toBe(false);
    expect(report.problems.map((p: { row: number; rule: string }) => [p.row, p.rule])).toEqual([
      [2, 'NIP_UNKNOWN'],
      [3, 'RATING_OUT_OF_SCALE'],
      [4, 'PERIOD_CLOSED'],
    ]);
    const text = penata('evaluation', 'import', bad, '--period', '2026-TW4');
    expect(text.out).toMatch(/row 3, HASIL KERJA: RATING_OUT_OF_SCALE/);
    expect(text.out).toMatch(/Nothing imported: 3 problem/);
  });

  it('checks with --dry-run, then imports an XLSX file; the audit chain stays intact', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rekap');
    ws.addRow(['NIP', 'HASIL KERJA', 'PERILAKU KERJA', 'HARI KERJA', 'ALPA', 'TERLAMBAT']);
    for (const nip of nips.slice(2, 5)) ws.addRow([nip, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 61, 0, 1]);
    const xlsx = join(dir, 'tw4.xlsx');
    writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
    const dry = penata('evaluation', 'import', xlsx, '--period', '2026-TW4', '--dry-run', '--json');
    expect(dry.code, dry.err).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({
      committed: false,
      dryRun: true,
      counts: { skp: 3, attendance: 3 },
    });
    const real = penata('evaluation', 'import', xlsx, '--period', '2026-tw4');
    expect(real.code, real.err).toBe(0);
    expect(real.out).toMatch(/Imported 3 SKP ratings and 3 attendance records into 2026-TW4/);
    expect(penata('evaluation', 'import', xlsx, '--period', '2026-TW4', '--as', 'pegawai').code).toBe(1);
    expect(penata('evaluation', 'import', '--period', '2026-TW4').code).toBe(2);
    expect(JSON.parse(penata('audit', 'verify', '--json').out)).toMatchObject({ ok: true });
  });
});
