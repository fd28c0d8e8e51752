import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { listAudit } from '../../store/repositories/audit.js';
import { importEmployees } from './import-employees.js';
import { csvFile, generatedNip, operatorOf, testContext } from './import-test-support.js';

const HEADER =
  'NIP;NAMA;GELAR BELAKANG;TGL LAHIR;GOL/RUANG;TMT GOL;JABATAN;UNIT KERJA;TMT JABATAN;PENDIDIKAN;JURUSAN;TAHUN LULUS';
const meta = { ip: '127.0.0.1' };

describeEachDialect('importEmployees', (database) => {
  const setup = async () => {
    const { db, dialect } = database();
    const seeded = await seedDataset(db);
    return { ctx: testContext(db, dialect), principal: operatorOf(seeded.instansiId), seeded };
  };
  const count = async (ctx: ReturnType<typeof testContext>, instansiId: number) =>
    Number(
      (
        await ctx.db
          .selectFrom('employees')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('instansi_id', '=', instansiId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a caller who may not import, before reading anything', async () => {
    const { ctx, seeded } = await setup();
    const file = csvFile('x.csv', [HEADER]);
    await expect(
      importEmployees(
        ctx,
        { userId: 0, instansiId: seeded.instansiId, role: 'AUDITOR' },
        file,
        { dryRun: true },
        meta,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('dry-runs, commits with histories, then re-imports without any change or audit noise', async () => {
    const { ctx, principal, seeded } = await setup();
    const [a, b] = [generatedNip(1), generatedNip(2)];
    const file = csvFile('pegawai.csv', [
      'DAFTAR PEGAWAI;;',
      HEADER,
      `${a};Rina Siregar;S.Kep.;02-01-1975;III/a;01-05-2005;Perawat Terampil;DINKES.PKM1;01-05-2005;D III;Keperawatan;2004`,
      `${a};Rina Siregar;S.Kep.;02-01-1975;III/b;01-04-2009;Perawat Terampil;Puskesmas Aek Parombunan;01-05-2005;S1;Keperawatan;2008`,
      `${b};Budi Tanjung;;;Penata;01/04/2015;Analis SDM Aparatur;;05 Jan 2020;S-1;Hukum;2004`,
      ';;',
    ]);
    const before = await count(ctx, seeded.instansiId);
    const dry = await importEmployees(ctx, principal, file, { dryRun: true }, meta);
    expect(dry.problems).toEqual([]);
    expect(dry).toMatchObject({
      ok: true,
      committed: false,
      rows: 3,
      written: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(await count(ctx, seeded.instansiId)).toBe(before);

    const done = await importEmployees(ctx, principal, file, { dryRun: false }, meta);
    expect(done).toMatchObject({ ok: true, committed: true, written: { created: 2, updated: 0 } });
    expect(await count(ctx, seeded.instansiId)).toBe(before + 2);
    const rina = await ctx.db
      .selectFrom('employees')
      .selectAll()
      .where('nip', '=', a)
      .executeTakeFirstOrThrow();
    expect(rina).toMatchObject({ current_golongan: 32, highest_education_level: 'S1', back_title: 'S.Kep.' });
    expect(rina.current_position_id).toBe(seeded.positionId('PERAWAT'));
    const ranks = await ctx.db
      .selectFrom('employee_rank_history')
      .select(['golongan'])
      .where('employee_id', '=', rina.id)
      .orderBy('tmt')
      .execute();
    expect(ranks.map((r) => r.golongan)).toEqual([31, 32]);

    const auditCount = (
      await listAudit(ctx.db, { instansiId: seeded.instansiId }, { page: 1, pageSize: 100 })
    ).total;
    const again = await importEmployees(ctx, principal, file, { dryRun: false }, meta);
    expect(again).toMatchObject({ ok: true, written: { created: 0, updated: 0, unchanged: 2 } });
    expect(
      (await listAudit(ctx.db, { instansiId: seeded.instansiId }, { page: 1, pageSize: 100 })).total,
    ).toBe(auditCount);
  });

  it('updates a changed row by NIP and audits it with before and after', async () => {
    const { ctx, principal, seeded } = await setup();
    const nip = seeded.dataset.employees[0]!.nip;
    const stored = seeded.dataset.employees[0]!;
    const file = csvFile('ubah.csv', [
      'NIP;NAMA;GOL/RUANG;TMT GOL',
      `${nip};${stored.name} Baru;IV/a;01-10-2026`,
    ]);
    const report = await importEmployees(ctx, principal, file, { dryRun: false }, meta);
    expect(report).toMatchObject({ ok: true, written: { created: 0, updated: 1, unchanged: 0 } });
    const row = await ctx.db
      .selectFrom('employees')
      .selectAll()
      .where('nip', '=', nip)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: `${stored.name} Baru`, current_golongan: 41, version: 2 });
    const audit = await listAudit(
      ctx.db,
      { instansiId: seeded.instansiId, action: 'employee.import-update' },
      { page: 1, pageSize: 10 },
    );
    expect(audit.items[0]).toMatchObject({
      entityId: nip,
      before: { name: stored.name },
      after: { name: `${stored.name} Baru`, addRanks: [{ golongan: 41, tmt: '2026-10-01' }] },
    });
  });

  it('names unknown positions and units at their row and writes nothing', async () => {
    const { ctx, principal, seeded } = await setup();
    const before = await count(ctx, seeded.instansiId);
    const file = csvFile('salah.csv', [
      HEADER,
      `${generatedNip(5)};Ani;;;III/a;01-01-2010;Perawat Terampil;DINKES.PKM1;01-01-2010;;;`,
      `${generatedNip(6)};Ari;;;III/a;01-01-2010;Juru Masak;DINKES.PKM1;01-01-2010;;;`,
      `${generatedNip(7)};Ayu;;;III/a;01-01-2010;Perawat Terampil;Dinas Entah;01-01-2010;;;`,
    ]);
    const report = await importEmployees(ctx, principal, file, { dryRun: false }, meta);
    expect(report.ok).toBe(false);
    expect(report.committed).toBe(false);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'JABATAN', 'POSITION_UNKNOWN'],
      [4, 'UNIT KERJA', 'UNIT_UNKNOWN'],
    ]);
    expect(await count(ctx, seeded.instansiId)).toBe(before);
  });

  it('writes nothing when row 4,999 of 5,000 is bad, and names that row', async () => {
    const { ctx, principal, seeded } = await setup();
    const before = await count(ctx, seeded.instansiId);
    const lines = ['NIP;NAMA;GOL/RUANG;TMT GOL'];
    for (let i = 0; i < 5000; i++) {
      // Spreadsheet row = i + 2 (the header is row 1).
      lines.push(`${generatedNip(100 + i)};Pegawai ${i};${i + 2 === 4999 ? 'III/x' : 'II/c'};01-03-2010`);
    }
    const file = csvFile('5000.csv', lines);
    const report = await importEmployees(ctx, principal, file, { dryRun: false }, meta);
    expect(report).toMatchObject({ ok: false, committed: false, rows: 5000 });
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4999, 'GOL/RUANG', 'GOLONGAN_TABLE'],
    ]);
    expect(await count(ctx, seeded.instansiId)).toBe(before);

    const fixed = csvFile(
      '5000.csv',
      lines.map((l) => l.replace('III/x', 'II/c')),
    );
    const progress: number[] = [];
    const ok = await importEmployees(
      ctx,
      principal,
      fixed,
      { dryRun: false, onProgress: (p) => progress.push(p.rows) },
      meta,
    );
    expect(ok).toMatchObject({ ok: true, committed: true, written: { created: 5000 } });
    expect(await count(ctx, seeded.instansiId)).toBe(before + 5000);
    expect(progress.length).toBeGreaterThan(3);
  }, 60_000);
});

describe('generatedNip', () => {
  it('gives distinct 18-digit NIPs', () => {
    const nips = new Set(Array.from({ length: 6000 }, (_, i) => generatedNip(i)));
    expect(nips.size).toBe(6000);
    for (const n of nips) expect(n).toMatch(/^\d{18}$/);
  });
});
