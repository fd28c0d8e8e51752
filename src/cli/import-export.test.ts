import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDatabase, seedDemoBeforeAll } from '../../test/support/cli-harness.js';
import { CLI_TEST_TIMEOUT } from '../../test/support/cli-timeout.js';

const { dir, penata } = cliDatabase('penata-import-cli-');

seedDemoBeforeAll(penata, 120, 5, 180_000);

describe('penata import / export', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('exits 2 on wrong usage and 1 with one JSON object naming every bad row', () => {
    expect(penata('import', 'x.csv').code).toBe(2);
    expect(penata('import', 'x.csv', '--kind', 'pets').code).toBe(2);
    const file = join(dir, 'messy.csv');
    writeFileSync(
      file,
      '\uFEFFDAFTAR PEGAWAI;;;\r\n;;;\r\nNIP;NAMA;GOL/RUANG;TMT GOL\r\n1.98609E+17;Rina;III/c;01-04-2019\r\n199001152019032002;Budi;III/q;01-04-2019\r\n;;;\r\n',
    );
    const r = penata('import', file, '--kind', 'employees', '--json');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(json).toMatchObject({ ok: false, rows: 2, written: 0 });
    expect(
      json.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [4, 'NIP', 'NIP_LOST_DIGITS'],
      [5, 'GOL/RUANG', 'GOLONGAN_TABLE'],
    ]);
    expect(json.errors[0]).toEqual({
      row: 4,
      column: 'NIP',
      value: '1.98609E+17',
      code: 'NIP_LOST_DIGITS',
      message: {
        id: expect.stringMatching(/sebagai Teks/),
        en: expect.stringMatching(/format the NIP column as Text/),
      },
    });
  }, 120_000);

  it('exports the employees to XLSX and CSV, and the export imports back with nothing to change', () => {
    const xlsx = join(dir, 'pegawai.xlsx');
    const csv = join(dir, 'pegawai.csv');
    expect(penata('export', '--kind', 'employees', '--out', join(dir, 'pegawai.pdf')).code).toBe(1);
    expect(penata('export', '--kind', 'employees', '--filter', 'golongan=V/z', '--out', csv).code).toBe(1);
    const out = penata('export', '--kind', 'employees', '--out', xlsx);
    expect(out.code, out.err).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(penata('export', '--kind', 'employees', '--filter', 'status=ACTIVE', '--out', csv).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFNIP;GELAR DEPAN;NAMA;')).toBe(true);
    const rows = text.trim().split('\r\n').length - 1;
    expect(rows).toBeGreaterThan(50);

    const dry = penata('import', xlsx, '--kind', 'employees', '--dry-run', '--json');
    expect(dry.code, dry.out).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ ok: true, errors: [], created: 0, updated: 0, dryRun: true });
    const commit = penata('import', csv, '--kind', 'employees');
    expect(commit.code, commit.out).toBe(0);
    expect(commit.out).toMatch(new RegExp(`Imported employees: 0 created, 0 updated, ${rows} unchanged`));
    expect(commit.err).toMatch(/rows\/s, ETA/);
  }, 180_000);
});
