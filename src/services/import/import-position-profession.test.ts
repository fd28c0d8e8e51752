import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { importPositions } from './import-positions.js';
import { csvFile, operatorOf, testContext } from './import-test-support.js';

const meta = { ip: null };
const HEADER = 'KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KATEGORI JF;JENJANG JF;RUMPUN JABATAN';
const row = (code: string, name: string) =>
  `${code};${name};DINKES.PKM1;JF;KEAHLIAN;AHLI_MUDA;HEALTH_MEDICAL`;

describeEachDialect('importPositions: the PROFESI column', (database) => {
  const setup = async () => {
    const { db, dialect } = database();
    const seeded = await seedDataset(db);
    const ctx = testContext(db, dialect);
    const principal = operatorOf(seeded.instansiId);
    const professions = async () =>
      Object.fromEntries(
        (
          await db
            .selectFrom('positions')
            .select(['code', 'profession'])
            .where('instansi_id', '=', seeded.instansiId)
            .where('code', 'in', ['DOKTER', 'DRG', 'APT'])
            .execute()
        ).map((p) => [p.code, p.profession]),
      );
    const run = (lines: string[]) =>
      importPositions(ctx, principal, csvFile('jabatan.csv', lines), { dryRun: false }, meta);
    return { run, professions };
  };

  it('reads the code or the Indonesian label, and names the cell of an unknown profession', async () => {
    const { run, professions } = await setup();
    const bad = await run([`${HEADER};PROFESI`, `${row('DRG', 'Dokter Gigi Ahli Muda')};Tukang gigi`]);
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'PROFESI', 'VALUE_NOT_ALLOWED']]);

    const good = await run([
      `${HEADER};Profesi`,
      `${row('DOKTER', 'Dokter Ahli Muda')};DOKTER`,
      `${row('DRG', 'Dokter Gigi Ahli Muda')};Dokter gigi`,
      `${row('APT', 'Apoteker Ahli Muda')};`,
    ]);
    expect(good).toMatchObject({ ok: true, committed: true, written: { created: 2, updated: 1 } });
    expect(await professions()).toEqual({ DOKTER: 'DOKTER', DRG: 'DOKTER_GIGI', APT: null });
  });

  it('keeps stored professions when the file has no PROFESI column, clears one on a blank cell', async () => {
    const { run, professions } = await setup();
    await run([
      `${HEADER};PROFESI`,
      `${row('DOKTER', 'Dokter Ahli Muda')};Dokter`,
      `${row('DRG', 'Dokter Gigi Ahli Muda')};DOKTER_GIGI`,
    ]);
    const without = await run([
      HEADER,
      row('DOKTER', 'Dokter Ahli Muda'),
      row('DRG', 'Dokter Gigi Ahli Muda'),
    ]);
    expect(without.written).toMatchObject({ created: 0, updated: 0 });
    expect(await professions()).toEqual({ DOKTER: 'DOKTER', DRG: 'DOKTER_GIGI' });

    const cleared = await run([`${HEADER};PROFESI`, `${row('DRG', 'Dokter Gigi Ahli Muda')};`]);
    expect(cleared.written).toMatchObject({ updated: 1 });
    expect(await professions()).toEqual({ DOKTER: 'DOKTER', DRG: null });
  });
});
