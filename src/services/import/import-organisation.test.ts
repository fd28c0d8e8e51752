import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { listAudit } from '../../store/repositories/audit.js';
import { importPositions } from './import-positions.js';
import { csvFile, operatorOf, testContext } from './import-test-support.js';
import { importUnits } from './import-units.js';

const meta = { ip: null };

describeEachDialect('importUnits and importPositions', (database) => {
  const setup = async () => {
    const { db, dialect } = database();
    const seeded = await seedDataset(db);
    return { ctx: testContext(db, dialect), principal: operatorOf(seeded.instansiId), seeded };
  };

  it('refuses a unit tree that breaks the core rules, naming each row; writes nothing', async () => {
    const { ctx, principal, seeded } = await setup();
    const file = csvFile('unit.csv', [
      'KODE UNIT;NAMA UNIT;JENIS UNIT;KODE INDUK',
      'DISKOMINFO;Dinas Komunikasi dan Informatika;Dinas;',
      'DISKOMINFO.SEK;Sekretariat;SEKRETARIAT;DISKOMINFO',
      'SEKOLAH1;SD Negeri 1;SEKOLAH;',
      'DINKES.X;Bidang X;BIDANG;TIDAKADA',
      'A;Bidang A;BIDANG;B',
      'B;Bidang B;BIDANG;A',
      'DISKOMINFO;Dobel;OPD;',
      'C;Cabang;KANTOR CABANG;',
    ]);
    const report = await importUnits(ctx, principal, file, { dryRun: false }, meta);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'UNIT_ROOT_KIND'],
      [5, 'PARENT_UNKNOWN'],
      [6, 'UNIT_CYCLE'],
      [7, 'UNIT_CYCLE'],
      [8, 'DUPLICATE_CODE'],
      [9, 'VALUE_NOT_ALLOWED'],
    ]);
    const units = await ctx.db
      .selectFrom('units')
      .select('code')
      .where('instansi_id', '=', seeded.instansiId)
      .execute();
    expect(units.map((u) => u.code)).not.toContain('DISKOMINFO');
  });

  it('creates units parents first, updates a renamed one with an audit entry, and is idempotent', async () => {
    const { ctx, principal, seeded } = await setup();
    const lines = [
      'KODE UNIT;NAMA UNIT;SINGKATAN;JENIS UNIT;KODE INDUK',
      'DISKOMINFO.SEK;Sekretariat Diskominfo;;SEKRETARIAT;DISKOMINFO',
      'DISKOMINFO;Dinas Komunikasi dan Informatika;Diskominfo;Dinas;',
      'BKPSDM;Badan Kepegawaian dan Pengembangan Sumber Daya Manusia;BKPSDM;OPD;',
    ];
    const first = await importUnits(ctx, principal, csvFile('unit.csv', lines), { dryRun: false }, meta);
    expect(first).toMatchObject({
      ok: true,
      committed: true,
      written: { created: 2, updated: 1, unchanged: 0 },
    });
    const sek = await ctx.db
      .selectFrom('units as u')
      .innerJoin('units as p', 'p.id', 'u.parent_id')
      .select('p.code')
      .where('u.instansi_id', '=', seeded.instansiId)
      .where('u.code', '=', 'DISKOMINFO.SEK')
      .executeTakeFirstOrThrow();
    expect(sek.code).toBe('DISKOMINFO');
    const audit = await listAudit(
      ctx.db,
      { instansiId: seeded.instansiId, action: 'unit.import-update' },
      { page: 1, pageSize: 5 },
    );
    expect(audit.items[0]).toMatchObject({
      entityId: 'BKPSDM',
      before: { name: 'Badan Kepegawaian dan Pengembangan SDM' },
    });
    const again = await importUnits(ctx, principal, csvFile('unit.csv', lines), { dryRun: false }, meta);
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('checks position grades with core and resolves units by code or name', async () => {
    const { ctx, principal, seeded } = await setup();
    const header =
      'KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;ESELON;KATEGORI JF;JENJANG JF;RUMPUN JABATAN;KELAS JABATAN;GOL MINIMAL;FORMASI';
    const bad = await importPositions(
      ctx,
      principal,
      csvFile('jab.csv', [
        header,
        'P1;Kepala Seksi;DINKES;PENGAWAS;II.a;;;LEADERSHIP;9;;1',
        'P2;Perawat Ahli;DINKES.PKM1;JF;;KEAHLIAN;TERAMPIL;HEALTH_NURSING;8;;2',
        'P3;Analis;Dinas Tidak Ada;PELAKSANA;;;;HR;6;;1',
        'P4;Kepala Bidang;DINKES;ADMINISTRATOR;III.a;;;LEADERSHIP;11;IV/e;1',
      ]),
      { dryRun: false },
      meta,
    );
    expect(bad.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'ESELON', 'ESELON_FOR_KIND'],
      [3, 'JENJANG JF', 'JF_LEVEL_IN_CATEGORY'],
      [4, 'UNIT KERJA', 'UNIT_UNKNOWN'],
      [5, 'GOL MINIMAL', 'RANK_RANGE_OF_GRADE'],
    ]);
    const good = await importPositions(
      ctx,
      principal,
      csvFile('jab.csv', [
        header,
        'P1;Kepala Seksi Pelayanan;DINKES;PENGAWAS;IV.a;;;LEADERSHIP;9;;1',
        'P2;Perawat Ahli Pertama;Puskesmas Aek Parombunan;Fungsional;;KEAHLIAN;AHLI_PERTAMA;HEALTH_NURSING;8;;2',
        'PERAWAT;Perawat Terampil;DINKES.PKM1;JF;;KETERAMPILAN;TERAMPIL;HEALTH_NURSING;7;;4',
      ]),
      { dryRun: false },
      meta,
    );
    expect(good).toMatchObject({ ok: true, committed: true, written: { created: 2 } });
    const p2 = await ctx.db
      .selectFrom('positions')
      .selectAll()
      .where('instansi_id', '=', seeded.instansiId)
      .where('code', '=', 'P2')
      .executeTakeFirstOrThrow();
    expect(p2).toMatchObject({
      unit_id: seeded.unitId('DINKES.PKM1'),
      kind: 'JF',
      jf_level: 'AHLI_PERTAMA',
      min_golongan: 31,
      seats: 2,
    });
  });
});
