import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { evaluatePerson } from '../../core/appraisal/evaluate-person.js';
import { periodSpan } from '../../core/appraisal/period.js';
import { DEFAULT_APPRAISAL_POLICY } from '../../core/appraisal/policy.js';
import { PREDIKAT_RULES_VERSION } from '../../core/appraisal/predikat-matrix.js';
import { loadPeriodInputs } from './evaluation-inputs.js';
import { insertPeriod } from './evaluation-periods.js';
import { appendAttendance, appendSkpRatings } from './evaluation-records.js';
import { latestResultFigures } from './matching-performance.js';
import { appendResults, currentResults } from './talent-results.js';

const span = periodSpan('TAHUNAN', 2025, 1);
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

describeEachDialect('matching performance figures', (t) => {
  it('reads the latest revision of each result, as currentResults does, narrowed on request', async () => {
    const { db } = t();
    if (!span.ok) throw new Error('bad span');
    const seeded = await seedDataset(db);
    const { instansiId } = seeded;
    const period = await insertPeriod(db, instansiId, span.value);
    const [a, b] = [seeded.employee(0), seeded.employee(1)];
    await db.transaction().execute(async (trx) => {
      await appendSkpRatings(trx, instansiId, [
        {
          ...meta(period.id, a),
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
        { ...meta(period.id, a), value: { workingDays: 246, unexcusedDays: 0, lateCount: 4, evidence } },
      ]);
    });
    const [inputs] = await loadPeriodInputs(db, instansiId, period);
    const result = evaluatePerson(inputs!.inputs, period, DEFAULT_APPRAISAL_POLICY);
    const row = (employeeId: number, r: typeof result, at: string) => ({
      periodId: period.id,
      employeeId,
      unitId: inputs!.unitId,
      policyVersion: 0,
      result: r,
      reason: null,
      computedByUserId: null,
      computedAt: at,
    });
    // Person a is corrected once (revision 2 wins); person b has one revision.
    await db
      .transaction()
      .execute((trx) =>
        appendResults(trx, instansiId, [
          row(a, result, '2026-02-11T09:00:00.000Z'),
          row(b, result, '2026-02-11T09:00:00.000Z'),
        ]),
      );
    await db
      .transaction()
      .execute((trx) =>
        appendResults(trx, instansiId, [
          row(a, { ...result, predikat: 'BAIK', box: 5 }, '2026-02-12T09:00:00.000Z'),
        ]),
      );

    const figures = await latestResultFigures(db, instansiId, [period.id]);
    const reference = await currentResults(db, instansiId, period.id);
    expect(figures).toEqual(
      reference.map((r) => ({
        periodId: r.periodId,
        employeeId: r.employeeId,
        predikat: r.result.predikat,
        performanceIndex: r.result.index,
        box: r.result.box,
      })),
    );
    expect(figures.find((f) => f.employeeId === a)).toMatchObject({ predikat: 'BAIK', box: 5 });
    expect((await latestResultFigures(db, instansiId, [period.id], [b])).map((f) => f.employeeId)).toEqual([
      b,
    ]);
    expect(await latestResultFigures(db, instansiId, [], [a])).toEqual([]);
    expect(await latestResultFigures(db, instansiId, [period.id], [])).toEqual([]);
  });
});
