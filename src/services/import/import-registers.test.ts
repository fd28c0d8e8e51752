import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { listAudit } from '../../store/repositories/audit.js';
import { listInnovations } from '../../store/repositories/evaluation-innovations.js';
import { insertProgram } from '../../store/repositories/evaluation-programs.js';
import { listProgramParticipations } from '../../store/repositories/program-participants.js';
import { importInnovations } from './import-innovations.js';
import { importParticipations } from './import-participations.js';
import { importTemplate } from './import-template.js';
import { csvFile, operatorOf, testContext } from './import-test-support.js';
import { runImport } from './run-import.js';

const meta = { ip: '127.0.0.1' };
const INNOVATION_HEADER =
  'JUDUL INOVASI;DESKRIPSI;UNIT KERJA;TAHAP;TGL DIUSULKAN;TGL DITERAPKAN;TGL DIREPLIKASI;TGL PENGHARGAAN;NIP;PERAN;BUKTI DUKUNG';
const PARTICIPATION_HEADER = 'KODE PROGRAM;NIP;PERAN;TGL MULAI;TGL SELESAI;JAM;CAPAIAN;BUKTI DUKUNG';

describeEachDialect('register imports (innovations, programme participants)', (database) => {
  const setup = async () => {
    const { db, dialect } = database();
    const s = await seedDataset(db);
    const nip = (i: number) => s.dataset.employees[i]!.nip;
    return { ctx: testContext(db, dialect), principal: operatorOf(s.instansiId), s, nip };
  };

  it('imports innovations one row per innovator, then re-imports without change, then updates', async () => {
    const { ctx, principal, s, nip } = await setup();
    const lines = (stage: string, implemented: string) => [
      INNOVATION_HEADER,
      `Antrean daring puskesmas;Pendaftaran pasien dari ponsel;DINKES.PKM1;${stage};10-01-2026;${implemented};;;${nip(3)};Ketua;https://inovasi.example.go.id/antrean`,
      `antrean  daring puskesmas;;;;;;;;${nip(2)};Anggota;`,
      `Sistem arsip kepegawaian;Berkas pegawai dipindai dan dicari per NIP;Bidang Mutasi;Diusulkan;01/03/2026;;;;${nip(5)};KETUA;Proposal inovasi No. 060/4/BKPSDM/2026`,
    ];
    const file = csvFile('inovasi.csv', lines('Diterapkan', '01-07-2026'));
    const dry = await importInnovations(ctx, principal, file, { dryRun: true }, meta);
    expect(dry.problems).toEqual([]);
    expect(dry).toMatchObject({
      ok: true,
      committed: false,
      rows: 3,
      written: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(await listInnovations(ctx.db, s.instansiId, {})).toEqual([]);

    const done = await importInnovations(ctx, principal, file, { dryRun: false }, meta);
    expect(done).toMatchObject({ committed: true, written: { created: 2 } });
    const stored = await listInnovations(ctx.db, s.instansiId, {});
    const antrean = stored.find((i) => i.title === 'Antrean daring puskesmas')!;
    expect(antrean).toMatchObject({
      unitId: s.unitId('DINKES.PKM1'),
      status: 'IMPLEMENTED',
      proposedOn: '2026-01-10',
      implementedOn: '2026-07-01',
      evidence: { kind: 'LINK', reference: 'https://inovasi.example.go.id/antrean' },
    });
    expect(antrean.members.map((m) => [m.nip, m.role]).sort()).toEqual(
      [
        [nip(3), 'LEAD'],
        [nip(2), 'MEMBER'],
      ].sort(),
    );
    expect(stored.find((i) => i.title === 'Sistem arsip kepegawaian')!.evidence.kind).toBe('DOCUMENT');

    const again = await importInnovations(ctx, principal, file, { dryRun: false }, meta);
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const changed = await importInnovations(
      ctx,
      principal,
      csvFile(
        'inovasi.csv',
        lines('Meraih penghargaan', '01-07-2026').map((l, i) =>
          i === 1 ? l.replace(';;;', ';;17-08-2026;') : l,
        ),
      ),
      { dryRun: false },
      meta,
    );
    expect(changed.problems).toEqual([]);
    expect(changed.written).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const awarded = (await listInnovations(ctx.db, s.instansiId, { q: 'antrean' }))[0]!;
    expect(awarded).toMatchObject({ status: 'AWARDED', awardedOn: '2026-08-17', version: 2 });
    const audit = await listAudit(ctx.db, { instansiId: s.instansiId }, { page: 1, pageSize: 50 });
    expect(audit.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(['import.innovations', 'evaluation.innovation.import-update']),
    );
  });

  it('reports every bad innovation row by row and column, and writes nothing', async () => {
    const { ctx, principal, s, nip } = await setup();
    const file = csvFile('inovasi.csv', [
      INNOVATION_HEADER,
      // A member row that contradicts the first row's unit.
      `Antrean daring;Pendaftaran dari ponsel;DINKES.PKM1;Diterapkan;10-01-2026;01-07-2026;;;${nip(3)};Ketua;SK 188.4/1/2026`,
      `Antrean daring;;BKPSDM;;;;;;${nip(2)};Anggota;`,
      // No lead; an award date for a stage not reached; an unknown NIP; a bad link; an unknown unit.
      `Posyandu lansia;Kader keliling;DINKES.PKM1;Diusulkan;01-02-2026;;;17-08-2026;${nip(3)};Anggota;SK 188.4/2/2026`,
      `Posyandu lansia;;;;;;;;199901012024011001;Anggota;`,
      `Bank sampah;Sampah ditukar tabungan;BKPSDM;Diusulkan;01-02-2026;;;;${nip(5)};Ketua;https://`,
      `Kebun gizi;Kebun sayur kelurahan;DLH;Diusulkan;01-02-2026;;;;${nip(5)};Ketua;SK 188.4/3/2026`,
    ]);
    const r = await importInnovations(ctx, principal, file, { dryRun: false }, meta);
    expect(r.committed).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'UNIT KERJA', 'INNOVATION_ROWS_DIFFER'],
      [4, 'TGL PENGHARGAAN', 'INNOVATION_DATE_AHEAD_OF_STATUS'],
      [4, 'PERAN', 'TEAM_LEAD_REQUIRED'],
      [5, 'NIP', 'NIP_UNKNOWN'],
      [6, 'BUKTI DUKUNG', 'EVIDENCE_LINK'],
      [7, 'UNIT KERJA', 'UNIT_UNKNOWN'],
    ]);
    expect(r.written).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(await listInnovations(ctx.db, s.instansiId, {})).toEqual([]);
  });

  it('imports programme participation, refusing overlaps and rows outside the programme', async () => {
    const { ctx, principal, s, nip } = await setup();
    const programId = await ctx.db.transaction().execute((trx) =>
      insertProgram(trx, s.instansiId, {
        code: 'GERMAS',
        name: 'Gerakan Masyarakat Hidup Sehat',
        description: 'Senam dan cek kesehatan berkala',
        leadUnitId: s.unitId('DINKES'),
        startDate: '2026-01-01' as never,
        endDate: '2026-12-31' as never,
      }),
    );
    const good = [
      PARTICIPATION_HEADER,
      `germas;${nip(3)};Koordinator;01-02-2026;31-08-2026;48;Tercapai;SK Tim GERMAS No. 800/1/2026`,
      `GERMAS;${nip(2)};Anggota;01-02-2026;31-05-2026;12,5;Berjalan;https://dinkes.example.go.id/germas`,
    ];
    const bad = csvFile('peserta.csv', [
      ...good,
      `GERMAS;${nip(3)};Anggota;01-06-2026;30-09-2026;10;Tercapai;SK Tim GERMAS No. 800/1/2026`,
      `GERMAS;${nip(5)};Anggota;01-12-2025;31-01-2026;10;Tercapai;SK Tim GERMAS No. 800/1/2026`,
      `STUNTING;${nip(5)};Anggota;01-02-2026;31-03-2026;10;Tercapai;SK Tim No. 800/1/2026`,
      `GERMAS;${nip(5)};Relawan;01-02-2026;31-03-2026;-3;Tercapai;SK Tim No. 800/1/2026`,
    ]);
    const refused = await importParticipations(ctx, principal, bad, { dryRun: false }, meta);
    expect(refused.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 'TGL MULAI', 'ALREADY_PARTICIPATING'],
      [5, 'TGL MULAI', 'WITHIN_PROGRAM'],
      [6, 'KODE PROGRAM', 'PROGRAM_UNKNOWN'],
      [7, 'PERAN', 'VALUE_NOT_ALLOWED'],
      [7, 'JAM', 'HOURS_RANGE'],
    ]);
    expect(await listProgramParticipations(ctx.db, s.instansiId)).toEqual([]);

    const file = csvFile('peserta.csv', good);
    const done = await runImport(ctx, principal, 'program-participants', file, { dryRun: false }, meta);
    expect(done).toMatchObject({ kind: 'program-participants', committed: true, written: { created: 2 } });
    const parts = await listProgramParticipations(ctx.db, s.instansiId, [programId]);
    expect(parts.map((p) => [p.nip, p.role, p.hours, p.outcome, p.evidence.kind]).sort()).toEqual(
      [
        [nip(3), 'COORDINATOR', 48, 'ACHIEVED', 'DOCUMENT'],
        [nip(2), 'MEMBER', 12.5, 'ONGOING', 'LINK'],
      ].sort(),
    );
    const again = await importParticipations(ctx, principal, file, { dryRun: true }, meta);
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const more = await importParticipations(
      ctx,
      principal,
      csvFile('peserta.csv', [good[0]!, good[1]!.replace(';48;', ';60;')]),
      { dryRun: false },
      meta,
    );
    expect(more.written).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });

  it('offers templates the importers read back (header found, no missing column)', async () => {
    const { ctx, principal } = await setup();
    for (const kind of ['innovations', 'program-participants'] as const) {
      for (const format of ['xlsx', 'csv'] as const) {
        const content = await importTemplate(principal, kind, format);
        const r = await runImport(
          ctx,
          principal,
          kind,
          { name: `t.${format}`, content },
          { dryRun: true },
          meta,
        );
        expect([kind, format, r.format, r.headerRow, r.rows, r.problems]).toEqual([
          kind,
          format,
          format.toUpperCase(),
          1,
          0,
          [],
        ]);
      }
    }
    await expect(
      importTemplate({ userId: 0, instansiId: principal.instansiId, role: 'AUDITOR' }, 'innovations', 'csv'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
