import type { Transaction } from 'kysely';
import type { InstansiDataset } from '../../core/model/drafts.js';
import { addDays, type LocalDate } from '../../core/model/local-date.js';
import { generateEvaluationDemo } from '../../demo/evaluations/generate-evaluation-demo.js';
import { insertEvaluationDataset } from '../../store/repositories/evaluation-dataset.js';
import { getPeriod } from '../../store/repositories/evaluation-periods.js';
import type { Database } from '../../store/schema.js';
import { closePeriodIn } from './close-period.js';
import { seedRegisterEvidence } from './seed-register-evidence.js';

/**
 * Adds three years of evaluations to a freshly seeded demo instansi, in the seed's transaction:
 * records and registers in bulk (with some uploaded evidence), then the evaluated periods closed (six weeks after their end, by
 * no user) under the default policy, exactly as the close use case would.
 */
export async function seedEvaluationDemo(
  trx: Transaction<Database>,
  instansiId: number,
  dataset: InstansiDataset,
  options: { readonly seed: number; readonly asOf: LocalDate },
): Promise<{ readonly periods: number; readonly records: number }> {
  const data = generateEvaluationDemo(dataset, options);
  const periodIds = await insertEvaluationDataset(trx, instansiId, data);
  await seedRegisterEvidence(trx, instansiId);
  for (const p of data.periods) {
    if (!p.close) continue;
    const period = await getPeriod(trx, instansiId, periodIds.get(p.code)!);
    if (!period) throw new Error(`demo period ${p.code} was not written`);
    await closePeriodIn(trx, instansiId, period, {
      userId: null,
      at: new Date(`${addDays(p.endDate, 42)}T09:00:00.000Z`),
    });
  }
  return { periods: data.periods.length, records: data.skp.length + data.attendance.length };
}
