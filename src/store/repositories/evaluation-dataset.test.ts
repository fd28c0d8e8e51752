import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { d } from '../../../test/support/factories.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { EvaluationDataset } from '../../core/appraisal/evaluation-drafts.js';
import { periodSpan } from '../../core/appraisal/period.js';
import { insertEvaluationDataset } from './evaluation-dataset.js';
import { loadPeriodInputs } from './evaluation-inputs.js';
import { getPeriod } from './evaluation-periods.js';
import { deleteInstansi } from './instansi.js';

const span = (kind: 'TAHUNAN' | 'TRIWULAN', year: number, n = 1) => {
  const r = periodSpan(kind, year, n);
  if (!r.ok) throw new Error('bad span');
  return r.value;
};
const evidence = { kind: 'DOCUMENT' as const, reference: 'SKP/DINKES/2025/1' };

describeEachDialect('evaluation data set', (t) => {
  it('writes a generated data set in bulk, and deleting the instansi removes all of it', async () => {
    const { db } = t();
    const seeded = await seedDataset(db);
    const { instansiId, dataset } = seeded;
    const nip = dataset.employees[0]!.nip;
    const data: EvaluationDataset = {
      periods: [{ ...span('TAHUNAN', 2024), close: true }],
      skp: [
        {
          periodCode: '2024',
          nip,
          unitCode: 'DINKES',
          hasilKerja: 'SESUAI_EKSPEKTASI',
          perilakuKerja: 'SESUAI_EKSPEKTASI',
          evaluatorNip: null,
          evidence,
        },
      ],
      attendance: [{ periodCode: '2024', nip, workingDays: 246, unexcusedDays: 0, lateCount: 0, evidence }],
      innovations: [
        {
          title: 'SIPADU',
          description: 'x',
          status: 'IMPLEMENTED',
          unitCode: 'DINKES',
          proposedOn: d('2023-01-01'),
          implementedOn: d('2023-06-01'),
          replicatedOn: null,
          awardedOn: null,
          evidence,
          members: [{ nip, role: 'LEAD' }],
        },
      ],
      programs: [
        {
          code: 'STUNTING',
          name: 'Percepatan Penurunan Stunting',
          description: 'x',
          leadUnitCode: 'DINKES',
          startDate: d('2023-01-01'),
          endDate: null,
          participants: [
            {
              nip,
              role: 'COORDINATOR',
              startDate: d('2024-01-01'),
              endDate: d('2024-06-30'),
              hours: 40,
              outcome: 'ACHIEVED',
              evidence,
            },
          ],
        },
      ],
      unitGrades: [{ periodCode: '2024', unitCode: 'DINKES', grade: 'ISTIMEWA' }],
      policy: null,
      assessments: [
        {
          nip,
          assessment: {
            assessedOn: d('2021-03-01'),
            validUntil: d('2024-03-01'),
            assessor: 'BKN',
            scores: [{ type: 'MANAGERIAL', code: 'M.01', level: 3 }],
          },
        },
      ],
    };
    const ids = await db.transaction().execute((trx) => insertEvaluationDataset(trx, instansiId, data));
    const period = (await getPeriod(db, instansiId, ids.get('2024')!))!;
    const [inputs] = await loadPeriodInputs(db, instansiId, period);
    expect(inputs!.inputs.innovations).toHaveLength(1);
    expect(inputs!.inputs.participations).toEqual([
      expect.objectContaining({ hours: 40, role: 'COORDINATOR' }),
    ]);
    // The latest assessment by the period's end speaks for potential: the 2023 one, not the added 2021 one.
    expect(inputs!.inputs.assessments[0]?.assessedOn).toBe('2023-05-10');
    const added = await db
      .selectFrom('competency_assessments')
      .select('assessed_on')
      .where('employee_id', '=', seeded.employee(0))
      .orderBy('assessed_on')
      .execute();
    expect(added.map((a) => a.assessed_on)).toEqual(['2021-03-01', '2023-05-10']);
    await db.transaction().execute((trx) => deleteInstansi(trx, instansiId));
    for (const table of [
      'evaluation_periods',
      'skp_ratings',
      'innovations',
      'government_programs',
      'program_participations',
      'evaluation_unit_grades',
    ] as const) {
      const { n } = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('instansi_id', '=', instansiId)
        .executeTakeFirstOrThrow();
      expect(Number(n), table).toBe(0);
    }
  });
});
