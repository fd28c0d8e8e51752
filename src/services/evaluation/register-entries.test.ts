import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { Principal } from '../../core/policies/roles.js';
import { getPeriod } from '../../store/repositories/evaluation-periods.js';
import { operatorOf, testContext } from '../import/import-test-support.js';
import { addParticipantsInBulk } from './add-participants.js';
import { createEvaluationPeriod } from './create-period.js';
import { enterEvaluationRecords } from './enter-records.js';
import { getPersonRegisters } from './get-person-registers.js';
import { innovationEvidence, participationEvidence } from './get-register-evidence.js';
import { getInnovationEntry, listInnovationRegister } from './list-innovations.js';
import { getProgramDetail } from './list-programs.js';
import { periodResults } from './period-results.js';
import { createInnovation, updateInnovationEntry } from './save-innovation.js';
import { createProgram } from './save-program.js';

const meta = { ip: '127.0.0.1' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const pdfEvidence = {
  kind: 'ATTACHMENT' as const,
  file: { fileName: 'SK Inovasi.pdf', contentBase64: PDF.toString('base64') },
};

describeEachDialect('register entries (innovations, programmes, evidence, index effects)', (database) => {
  const setup = async () => {
    const { db, dialect } = database();
    const s = await seedDataset(db);
    const ctx = testContext(db, dialect);
    const operator = operatorOf(s.instansiId);
    const nip = (i: number) => s.dataset.employees[i]!.nip;
    const dinkes = ['DINKES', 'DINKES.SEKRE', 'DINKES.SEKRE.UMUM', 'DINKES.PKM1'].map(s.unitId);
    const kadinkes: Principal = { userId: 0, instansiId: s.instansiId, role: 'OPD_HEAD', unitIds: dinkes };
    return { ctx, s, operator, nip, kadinkes, dinkes };
  };
  const innovation = (unitId: number, lead: string, member?: string) => ({
    unitId,
    title: 'Kartu kontrol hipertensi digital',
    description: 'Pemantauan tekanan darah pasien hipertensi oleh kader posyandu lansia',
    status: 'IMPLEMENTED' as const,
    proposedOn: '2026-02-01',
    implementedOn: '2026-06-15',
    replicatedOn: null,
    awardedOn: null,
    evidence: pdfEvidence,
    members: [
      { nip: lead, role: 'LEAD' as const },
      ...(member ? [{ nip: member, role: 'MEMBER' as const }] : []),
    ],
  });

  it('keeps an uploaded PDF once, shows it with the entry and gives it back to readers of the entry', async () => {
    const { ctx, s, operator, nip } = await setup();
    const created = await createInnovation(
      ctx,
      operator,
      innovation(s.unitId('DINKES.PKM1'), nip(3)) as never,
      meta,
    );
    expect(created.evidence).toMatchObject({
      kind: 'ATTACHMENT',
      reference: expect.stringMatching(/^att:[0-9a-f]{64}$/),
      file: { fileName: 'SK Inovasi.pdf', mediaType: 'application/pdf', bytes: PDF.length },
    });
    const again = await createInnovation(
      ctx,
      operator,
      { ...innovation(s.unitId('DINKES.PKM1'), nip(3)), title: 'Posyandu lansia keliling' } as never,
      meta,
    );
    expect(again.evidence.reference).toBe(created.evidence.reference);
    const files = await ctx.db
      .selectFrom('evidence_files')
      .select('id')
      .where('instansi_id', '=', s.instansiId)
      .execute();
    expect(files).toHaveLength(1);
    const download = await innovationEvidence(ctx, operator, created.id);
    expect(download).toMatchObject({ fileName: 'SK Inovasi.pdf', mediaType: 'application/pdf' });
    expect(download.bytes.equals(PDF)).toBe(true);
    // Saved again with the kept file's reference: no upload needed.
    const updated = await updateInnovationEntry(
      ctx,
      operator,
      created.id,
      {
        ...innovation(s.unitId('DINKES.PKM1'), nip(3)),
        evidence: { kind: 'ATTACHMENT', reference: created.evidence.reference },
        version: 1,
      } as never,
      meta,
    );
    expect(updated).toMatchObject({ version: 2, evidence: { file: { fileName: 'SK Inovasi.pdf' } } });
  });

  it('refuses bad evidence naming the field and the rule, and writes nothing', async () => {
    const { ctx, s, operator, nip } = await setup();
    const base = innovation(s.unitId('DINKES.PKM1'), nip(3));
    const cases = [
      [{ kind: 'LINK', reference: 'javascript:alert(1)' }, 'evidence.reference', 'EVIDENCE_LINK'],
      [
        {
          kind: 'ATTACHMENT',
          file: { fileName: 'x.html', contentBase64: Buffer.from('<html>').toString('base64') },
        },
        'evidence.file.contentBase64',
        'EVIDENCE_FILE_TYPE',
      ],
      [
        { kind: 'ATTACHMENT', reference: `att:${'0'.repeat(64)}` },
        'evidence.reference',
        'EVIDENCE_ATTACHMENT',
      ],
    ] as const;
    for (const [evidence, field, rule] of cases) {
      await expect(
        createInnovation(ctx, operator, { ...base, evidence } as never, meta),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { field, rule },
      });
    }
    expect((await listInnovationRegister(ctx, operator, {})).items).toEqual([]);
  });

  it('shows how the entry moves each member’s index in the open period, as the period’s results do', async () => {
    const { ctx, s, operator, nip } = await setup();
    const period = await createEvaluationPeriod(
      ctx,
      operator,
      { kind: 'TRIWULAN', year: 2026, sequence: 3 },
      meta,
    );
    await enterEvaluationRecords(
      ctx,
      operator,
      period.id,
      {
        skp: [
          {
            nip: nip(3),
            hasilKerja: 'SESUAI_EKSPEKTASI',
            perilakuKerja: 'SESUAI_EKSPEKTASI',
            evidence: { kind: 'DOCUMENT', reference: 'SKP/DINKES/2026/TW3/1' },
          },
        ],
      },
      meta,
    );
    const open = (await getPeriod(ctx.db, s.instansiId, period.id))!;
    const indexOf = async () =>
      (await periodResults(ctx, s.instansiId, open, [s.employee(3)])).people[0]!.result.index;
    const before = await indexOf();
    const created = await createInnovation(
      ctx,
      operator,
      innovation(s.unitId('DINKES.PKM1'), nip(3), nip(2)) as never,
      meta,
    );
    const after = await indexOf();
    expect(after).toBeGreaterThan(before);
    const lead = created.effects.find((e) => e.nip === nip(3))!;
    // Implemented and led: 3 of 6 points -> 50; the member (factor 0.5) gets 25.
    expect(lead.periods).toEqual([
      expect.objectContaining({
        periodCode: '2026-TW3',
        component: 'INNOVATION',
        componentWithout: 0,
        componentWith: 50,
        indexWithout: before,
        indexWith: after,
      }),
    ]);
    const member = created.effects.find((e) => e.nip === nip(2))!;
    expect(member.periods).toEqual([
      expect.objectContaining({ componentWith: 25, indexWithout: null, indexWith: null }),
    ]);
    // The period filter follows the credit window; the person filter finds the member's innovations.
    expect((await listInnovationRegister(ctx, operator, { periodId: period.id })).items).toHaveLength(1);
    expect((await listInnovationRegister(ctx, operator, { nip: nip(2) })).items).toHaveLength(1);
    expect((await listInnovationRegister(ctx, operator, { nip: nip(5) })).items).toHaveLength(0);
  });

  it('keeps an OPD head to their units, and lets an employee read only their own registers', async () => {
    const { ctx, s, operator, nip, kadinkes, dinkes } = await setup();
    await expect(
      createInnovation(ctx, kadinkes, innovation(s.unitId('BKPSDM.MUTASI'), nip(5)) as never, meta),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const created = await createInnovation(
      ctx,
      kadinkes,
      innovation(s.unitId('DINKES.PKM1'), nip(2)) as never,
      meta,
    );
    const ani: Principal = {
      userId: 0,
      instansiId: s.instansiId,
      role: 'EMPLOYEE',
      employeeId: s.employee(2),
    };
    const bona: Principal = { ...ani, employeeId: s.employee(3) };
    const own = await getPersonRegisters(ctx, ani, nip(2));
    expect(own.innovations.map((i) => [i.title, i.role])).toEqual([
      ['Kartu kontrol hipertensi digital', 'LEAD'],
    ]);
    expect((await getInnovationEntry(ctx, ani, created.id)).id).toBe(created.id);
    expect((await innovationEvidence(ctx, ani, created.id)).bytes.equals(PDF)).toBe(true);
    await expect(getPersonRegisters(ctx, bona, nip(2))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getInnovationEntry(ctx, bona, created.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listInnovationRegister(ctx, ani, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listInnovationRegister(ctx, kadinkes, {})).writableUnitIds).toEqual(dinkes);
    expect((await listInnovationRegister(ctx, operator, {})).writableUnitIds).toBeNull();
  });

  it('adds participants in bulk: a row report of what is wrong, all or none, and no second copy', async () => {
    const { ctx, s, operator, nip, kadinkes } = await setup();
    const { program } = await createProgram(
      ctx,
      operator,
      {
        code: 'GERMAS',
        name: 'Gerakan Masyarakat Hidup Sehat',
        description: 'Senam, cek kesehatan berkala dan pangan sehat di kelurahan',
        leadUnitId: s.unitId('DINKES'),
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      } as never,
      meta,
    );
    const body = {
      role: 'MEMBER' as const,
      startDate: '2026-02-01',
      endDate: '2026-08-31',
      hours: 24,
      outcome: 'ACHIEVED' as const,
      evidence: pdfEvidence,
    };
    const unknown = '199901012024011001';
    const list = [nip(3), '', nip(2), 'abc', unknown, nip(3), nip(5)];
    const dry = await addParticipantsInBulk(
      ctx,
      kadinkes,
      program.id,
      { ...body, nips: list, dryRun: true } as never,
      meta,
    );
    expect(dry).toMatchObject({ ok: false, committed: false, rows: 6, added: 0 });
    expect(dry.problems.map((p) => [p.row, p.rule])).toEqual([
      [4, 'NIP_FORMAT'],
      [5, 'NIP_UNKNOWN'],
      [6, 'DUPLICATE_IN_LIST'],
      [7, 'NOT_IN_SCOPE'],
    ]);
    const refused = await addParticipantsInBulk(
      ctx,
      kadinkes,
      program.id,
      { ...body, nips: list, dryRun: false } as never,
      meta,
    );
    expect(refused.committed).toBe(false);
    expect((await getProgramDetail(ctx, operator, program.id)).participants).toEqual([]);

    const done = await addParticipantsInBulk(
      ctx,
      kadinkes,
      program.id,
      { ...body, nips: [nip(3), nip(2)], dryRun: false } as never,
      meta,
    );
    expect(done).toMatchObject({ ok: true, committed: true, rows: 2, added: 2, problems: [] });
    const detail = await getProgramDetail(ctx, operator, program.id);
    expect(detail.participants.map((p) => p.nip).sort()).toEqual([nip(2), nip(3)].sort());
    expect(detail.participants[0]!.evidence.file).toMatchObject({ mediaType: 'application/pdf' });
    const part = detail.participants[0]!;
    expect((await participationEvidence(ctx, operator, program.id, part.id)).bytes.equals(PDF)).toBe(true);
    const twice = await addParticipantsInBulk(
      ctx,
      operator,
      program.id,
      { ...body, nips: [nip(2)], dryRun: true } as never,
      meta,
    );
    expect(twice.problems.map((p) => p.rule)).toEqual(['ALREADY_PARTICIPATING']);
    await expect(
      addParticipantsInBulk(
        ctx,
        operator,
        program.id,
        { ...body, startDate: '2025-12-01', nips: [nip(5)], dryRun: true } as never,
        meta,
      ),
    ).rejects.toMatchObject({ details: { field: 'startDate', rule: 'WITHIN_PROGRAM' } });
  });
});
