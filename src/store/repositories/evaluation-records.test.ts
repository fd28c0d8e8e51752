import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { evaluatePerson } from '../../core/appraisal/evaluate-person.js';
import { periodSpan } from '../../core/appraisal/period.js';
import { DEFAULT_APPRAISAL_POLICY } from '../../core/appraisal/policy.js';
import { PREDIKAT_RULES_VERSION } from '../../core/appraisal/predikat-matrix.js';
import { loadPeriodInputs } from './evaluation-inputs.js';
import {
  getPeriod,
  getPeriodByCode,
  insertPeriod,
  listPeriods,
  markPeriodClosed,
} from './evaluation-periods.js';
import {
  currentPolicy,
  insertPolicyVersion,
  listPolicyVersions,
  policyVersions,
} from './evaluation-policies.js';
import {
  appendAttendance,
  appendSkpRatings,
  currentSkpRatings,
  recordHistory,
} from './evaluation-records.js';
import { appendResults, currentResults, resultHistory } from './talent-results.js';

const span = (kind: 'TAHUNAN' | 'TRIWULAN', year: number, n = 1) => {
  const r = periodSpan(kind, year, n);
  if (!r.ok) throw new Error('bad span');
  return r.value;
};
const evidence = { kind: 'DOCUMENT' as const, reference: 'SKP/DINKES/2025/1' };
const meta = (periodId: number, employeeId: number) => ({
  periodId,
  employeeId,
  mode: 'ENTRY' as const,
  source: 'FORM' as const,
  reason: null,
  recordedByUserId: 1,
  recordedAt: '2026-01-10T03:00:00.000Z',
});

describeEachDialect('evaluation store', (t) => {
  it('keeps periods with their lifecycle and refuses a stale close', async () => {
    const { db } = t();
    const { instansiId } = await seedDataset(db);
    const annual = await insertPeriod(db, instansiId, span('TAHUNAN', 2025));
    await insertPeriod(db, instansiId, span('TRIWULAN', 2026, 1));
    expect((await listPeriods(db, instansiId)).map((p) => p.code)).toEqual(['2026-TW1', '2025']);
    expect(await getPeriodByCode(db, instansiId, '2025')).toMatchObject({
      status: 'OPEN',
      startDate: '2025-01-01',
    });
    await db.transaction().execute((trx) =>
      markPeriodClosed(trx, annual, {
        policyVersion: 0,
        closedAt: '2026-02-01T00:00:00.000Z',
        closedByUserId: 1,
      }),
    );
    expect(await getPeriod(db, instansiId, annual.id)).toMatchObject({
      status: 'CLOSED',
      policyVersion: 0,
      version: 2,
    });
    await expect(
      db.transaction().execute((trx) =>
        markPeriodClosed(trx, annual, {
          policyVersion: 0,
          closedAt: '2026-02-02T00:00:00.000Z',
          closedByUserId: 1,
        }),
      ),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
  });

  it('versions the policy: the default until one is stored, then the highest, all kept', async () => {
    const { db } = t();
    const { instansiId } = await seedDataset(db);
    expect((await currentPolicy(db, instansiId)).version).toBe(0);
    const policy = {
      ...DEFAULT_APPRAISAL_POLICY,
      talentPool: { boxes: [8, 9] as const, disciplineLookbackMonths: 12 },
    };
    await db.transaction().execute((trx) =>
      insertPolicyVersion(trx, instansiId, {
        version: 1,
        policy: { ...policy, talentPool: { ...policy.talentPool, boxes: [8, 9] } },
        reason: 'Rapat BKPSDM',
        changedByUserId: 7,
        changedAt: '2026-03-01T00:00:00.000Z',
      }),
    );
    const current = await currentPolicy(db, instansiId);
    expect(current).toMatchObject({ version: 1, reason: 'Rapat BKPSDM', changedByUserId: 7 });
    expect(current.policy.talentPool.boxes).toEqual([8, 9]);
    expect((await listPolicyVersions(db, instansiId)).map((v) => v.version)).toEqual([1]);
    expect([...(await policyVersions(db, instansiId, [0, 1])).keys()].sort()).toEqual([0, 1]);
    await expect(
      db.transaction().execute((trx) =>
        insertPolicyVersion(trx, instansiId, {
          version: 1,
          policy,
          reason: 'dup',
          changedByUserId: 7,
          changedAt: '2026-03-02T00:00:00.000Z',
        }),
      ),
    ).rejects.toThrow();
  });

  it('appends record revisions and reads the latest, keeping every version', async () => {
    const { db } = t();
    const seeded = await seedDataset(db);
    const { instansiId } = seeded;
    const period = await insertPeriod(db, instansiId, span('TAHUNAN', 2025));
    const rudi = seeded.employee(0);
    const ani = seeded.employee(2);
    const skp = (employeeId: number, hasil: 'DI_ATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI') => ({
      ...meta(period.id, employeeId),
      unitId: seeded.unitId('DINKES'),
      value: { hasilKerja: hasil, perilakuKerja: 'SESUAI_EKSPEKTASI' as const, evaluatorNip: null, evidence },
      predikat: 'BAIK' as const,
      rulesVersion: PREDIKAT_RULES_VERSION,
    });
    await db.transaction().execute(async (trx) => {
      expect(
        await appendSkpRatings(trx, instansiId, [
          skp(rudi, 'SESUAI_EKSPEKTASI'),
          skp(ani, 'SESUAI_EKSPEKTASI'),
        ]),
      ).toEqual([1, 1]);
      expect(
        await appendSkpRatings(trx, instansiId, [
          { ...skp(rudi, 'DI_ATAS_EKSPEKTASI'), mode: 'CORRECTION', reason: 'Salah input hasil kerja' },
        ]),
      ).toEqual([2]);
      await appendAttendance(trx, instansiId, [
        { ...meta(period.id, rudi), value: { workingDays: 246, unexcusedDays: 1, lateCount: 3, evidence } },
      ]);
    });
    const current = await currentSkpRatings(db, instansiId, period.id);
    expect(current.map((r) => [r.employeeId, r.revision, r.hasilKerja])).toEqual([
      [rudi, 2, 'DI_ATAS_EKSPEKTASI'],
      [ani, 1, 'SESUAI_EKSPEKTASI'],
    ]);
    expect(await currentSkpRatings(db, instansiId, period.id, [ani])).toHaveLength(1);
    const history = await recordHistory(db, instansiId, rudi);
    expect(history.skp.map((r) => [r.revision, r.mode, r.reason])).toEqual([
      [1, 'ENTRY', null],
      [2, 'CORRECTION', 'Salah input hasil kerja'],
    ]);
    expect(history.attendance[0]).toMatchObject({
      workingDays: 246,
      unexcusedDays: 1,
      lateCount: 3,
      evidence,
    });
  });

  it('loads the inputs of a period and stores results that read back as computed', async () => {
    const { db } = t();
    const seeded = await seedDataset(db);
    const { instansiId } = seeded;
    const period = await insertPeriod(db, instansiId, span('TAHUNAN', 2025));
    const rudi = seeded.employee(0);
    await db.transaction().execute(async (trx) => {
      await appendSkpRatings(trx, instansiId, [
        {
          ...meta(period.id, rudi),
          unitId: seeded.unitId('DINKES'),
          value: {
            hasilKerja: 'DI_ATAS_EKSPEKTASI',
            perilakuKerja: 'DI_ATAS_EKSPEKTASI',
            evaluatorNip: null,
            evidence,
          },
          predikat: 'SANGAT_BAIK',
          rulesVersion: PREDIKAT_RULES_VERSION,
        },
      ]);
      await appendAttendance(trx, instansiId, [
        { ...meta(period.id, rudi), value: { workingDays: 246, unexcusedDays: 0, lateCount: 4, evidence } },
      ]);
    });
    const [inputs] = await loadPeriodInputs(db, instansiId, period);
    expect(inputs).toMatchObject({ employeeId: rudi, unitId: seeded.unitId('DINKES') });
    expect(inputs!.inputs.standard.map((s) => [s.code, s.level]).sort()).toEqual([
      ['M.01', 2],
      ['SK.01', 2],
    ]);
    expect(inputs!.inputs.assessments).toEqual([
      {
        assessedOn: '2023-05-10',
        validUntil: '2026-05-10',
        scores: expect.arrayContaining([{ type: 'MANAGERIAL', code: 'M.01', level: 4 }]),
      },
    ]);
    const result = evaluatePerson(inputs!.inputs, period, DEFAULT_APPRAISAL_POLICY);
    // Standard M.01 and SK.01 at level 2 are met; no training in 2025: (0.45 + 0.15) x 100 / 0.7.
    expect(result).toMatchObject({
      predikat: 'SANGAT_BAIK',
      box: 7,
      potential: { status: 'ASSESSED', score: 85.71 },
    });
    await db.transaction().execute((trx) =>
      appendResults(trx, instansiId, [
        {
          periodId: period.id,
          employeeId: rudi,
          unitId: inputs!.unitId,
          policyVersion: 0,
          result,
          reason: null,
          computedByUserId: null,
          computedAt: '2026-02-11T09:00:00.000Z',
        },
      ]),
    );
    const [stored] = await currentResults(db, instansiId, period.id);
    expect(stored!.result).toEqual(result);
    expect((await resultHistory(db, instansiId, rudi)).map((r) => r.revision)).toEqual([1]);
  });
});
