import type { Kysely } from 'kysely';
import type { RegisterShares } from '../../core/appraisal/entry-effect.js';
import type { PeriodSpan } from '../../core/appraisal/period.js';
import type { InnovationRole, ProgramOutcome, ProgramRole } from '../../core/appraisal/records.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';

/**
 * Some people's innovation shares and programme parts that can count in a period, with the same
 * bounds as the period's inputs (loadPeriodInputs): innovations proposed by its end, parts that
 * overlap it. Two queries for any number of people; people without any get empty lists.
 */
export async function loadRegisterShares(
  db: Kysely<Database>,
  instansiId: number,
  period: Pick<PeriodSpan, 'startDate' | 'endDate'>,
  employeeIds: readonly number[],
): Promise<Map<number, RegisterShares>> {
  const ids = [...new Set(employeeIds)];
  const out = new Map<
    number,
    {
      innovations: RegisterShares['innovations'][number][];
      participations: RegisterShares['participations'][number][];
    }
  >(ids.map((id) => [id, { innovations: [], participations: [] }]));
  if (ids.length === 0) return out;
  const [innovations, participations] = await Promise.all([
    db
      .selectFrom('innovation_members as m')
      .innerJoin('innovations as i', 'i.id', 'm.innovation_id')
      .select([
        'm.employee_id',
        'm.role',
        'i.proposed_on',
        'i.implemented_on',
        'i.replicated_on',
        'i.awarded_on',
      ])
      .where('m.instansi_id', '=', instansiId)
      .where('i.proposed_on', '<=', period.endDate)
      .where('m.employee_id', 'in', ids)
      .execute(),
    db
      .selectFrom('program_participations')
      .select(['employee_id', 'role', 'outcome', 'hours', 'start_date', 'end_date'])
      .where('instansi_id', '=', instansiId)
      .where('start_date', '<=', period.endDate)
      .where('end_date', '>=', period.startDate)
      .where('employee_id', 'in', ids)
      .execute(),
  ]);
  for (const i of innovations) {
    out.get(i.employee_id)?.innovations.push({
      role: i.role as InnovationRole,
      proposedOn: i.proposed_on as LocalDate,
      implementedOn: i.implemented_on as LocalDate | null,
      replicatedOn: i.replicated_on as LocalDate | null,
      awardedOn: i.awarded_on as LocalDate | null,
    });
  }
  for (const p of participations) {
    out.get(p.employee_id)?.participations.push({
      role: p.role as ProgramRole,
      outcome: p.outcome as ProgramOutcome,
      hours: Number(p.hours),
      startDate: p.start_date as LocalDate,
      endDate: p.end_date as LocalDate,
    });
  }
  return out;
}
