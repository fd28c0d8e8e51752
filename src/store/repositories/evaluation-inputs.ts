import { type Expression, type Kysely, type RawBuilder, sql } from 'kysely';
import type { PersonInputs } from '../../core/appraisal/evaluate-person.js';
import { trainingHoursBefore } from '../../core/appraisal/evaluate-person.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import type { AssessmentInput } from '../../core/appraisal/potential.js';
import type { InnovationRole, ProgramOutcome, ProgramRole } from '../../core/appraisal/records.js';
import type { PenaltyInput } from '../../core/appraisal/talent-pool.js';
import type { CompetencyLevel, CompetencyStandard, CompetencyType } from '../../core/model/competency.js';
import type { DisciplinaryStatus, HukdisLevel } from '../../core/model/employee.js';
import { addMonths, type LocalDate } from '../../core/model/local-date.js';
import type { Nip } from '../../core/model/nip.js';
import { dialectOf } from '../dialect.js';
import type { Database } from '../schema.js';
import { currentAttendanceValues, currentRatingValues } from './evaluation-current.js';
import { MAX_IDS_IN_FILTER } from './evaluation-revisions.js';

/** One evaluated person of a period with everything `evaluatePerson` needs. */
export interface PersonPeriodInputs {
  readonly employeeId: number;
  readonly nip: Nip;
  readonly name: string;
  /** The unit the SKP rating was given in (the unit of the post at the time). */
  readonly unitId: number | null;
  /** The unit of the person's current post (scope checks). */
  readonly currentUnitId: number | null;
  readonly inputs: PersonInputs;
}

const group = <T>(rows: readonly T[], key: (r: T) => number): Map<number, T[]> => {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
};

/**
 * Loads the inputs of every person with a current SKP rating in the period (optionally only some
 * people): attendance, decided disciplinary cases, innovations, programme participations, the
 * competency standard of the post held at the period's end, assessments made by then, and training
 * hours in the year up to it. A fixed number of queries, whatever the number of people.
 */
export async function loadPeriodInputs(
  db: Kysely<Database>,
  instansiId: number,
  period: EvaluationPeriod,
  employeeIds?: readonly number[],
): Promise<PersonPeriodInputs[]> {
  const skp = await currentRatingValues(db, instansiId, period.id, employeeIds);
  if (skp.length === 0) return [];
  const ids = skp.map((s) => s.employeeId);
  const few = ids.length <= MAX_IDS_IN_FILTER;
  const end = period.endDate;
  const trainingFrom = addMonths(end, -12);

  const [attendance, people, cases, innovations, participations, posts, assessments, trainings] =
    await Promise.all([
      currentAttendanceValues(db, instansiId, period.id, ids),
      db
        .selectFrom('employees as e')
        .leftJoin('positions as p', 'p.id', 'e.current_position_id')
        .select(['e.id', 'e.nip', 'e.name', 'p.unit_id'])
        .where('e.instansi_id', '=', instansiId)
        .$if(few, (q) => q.where('e.id', 'in', ids))
        .execute(),
      db
        .selectFrom('disciplinary_cases')
        .select(['employee_id', 'status', 'level', 'decision_date', 'start_date', 'end_date'])
        .where('instansi_id', '=', instansiId)
        .where('level', 'is not', null)
        .$if(few, (q) => q.where('employee_id', 'in', ids))
        .execute(),
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
        .where('i.proposed_on', '<=', end)
        .$if(few, (q) => q.where('m.employee_id', 'in', ids))
        .execute(),
      db
        .selectFrom('program_participations')
        .select(['employee_id', 'role', 'outcome', 'hours', 'start_date', 'end_date'])
        .where('instansi_id', '=', instansiId)
        .where('start_date', '<=', end)
        .where('end_date', '>=', period.startDate)
        .$if(few, (q) => q.where('employee_id', 'in', ids))
        .execute(),
      db
        .selectFrom('position_assignments')
        .select(['employee_id', 'position_id', 'start_date'])
        .where('instansi_id', '=', instansiId)
        .where('start_date', '<=', end)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', end)]))
        .$if(few, (q) => q.where('employee_id', 'in', ids))
        .execute(),
      // The latest assessment of each person made by the period's end, its scores folded into one
      // text: a tenth of the rows of a plain join at 100,000 employees.
      db
        .selectFrom('competency_assessments as a')
        .innerJoin('competency_scores as s', 's.assessment_id', 'a.id')
        .select(['a.id', 'a.employee_id', 'a.assessed_on', 'a.valid_until'])
        .select(folded(db, sql`s.type || ':' || s.code || ':' || s.level`).as('scores'))
        .where('a.instansi_id', '=', instansiId)
        .where('a.assessed_on', '<=', end)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('competency_assessments as b')
                .select('b.id')
                .whereRef('b.employee_id', '=', 'a.employee_id')
                .where('b.assessed_on', '<=', end)
                .where((eb) =>
                  eb.or([
                    eb('b.assessed_on', '>', eb.ref('a.assessed_on')),
                    eb.and([
                      eb('b.assessed_on', '=', eb.ref('a.assessed_on')),
                      eb('b.id', '>', eb.ref('a.id')),
                    ]),
                  ]),
                ),
            ),
          ),
        )
        .$if(few, (q) => q.where('a.employee_id', 'in', ids))
        .groupBy(['a.id', 'a.employee_id', 'a.assessed_on', 'a.valid_until'])
        .execute(),
      db
        .selectFrom('trainings')
        .select(['employee_id', 'end_date', 'hours'])
        .where('instansi_id', '=', instansiId)
        .where('end_date', '>', trainingFrom)
        .where('end_date', '<=', end)
        .$if(few, (q) => q.where('employee_id', 'in', ids))
        .execute(),
    ]);

  // The post held at the period's end: the latest assignment covering that day.
  const postOf = new Map<number, { position: number; start: string }>();
  for (const a of posts) {
    const seen = postOf.get(a.employee_id);
    if (!seen || a.start_date > seen.start)
      postOf.set(a.employee_id, { position: a.position_id, start: a.start_date });
  }
  const positionIds = [...new Set([...postOf.values()].map((p) => p.position))];
  const standardRows = positionIds.length
    ? await db
        .selectFrom('position_competency_standards')
        .select('position_id')
        .select(folded(db, sql`type || ':' || code || ':' || level`).as('standard'))
        .where('instansi_id', '=', instansiId)
        .$if(positionIds.length <= MAX_IDS_IN_FILTER, (q) => q.where('position_id', 'in', positionIds))
        .groupBy('position_id')
        .execute()
    : [];
  const standards = new Map<number, CompetencyStandard[]>();
  for (const row of standardRows) {
    standards.set(
      row.position_id,
      // The name is not needed to weigh potential; the code stands in for it.
      unfold(row.standard).map(([type, code, level]) => ({
        type: type as CompetencyType,
        code: code!,
        name: code!,
        level: Number(level) as CompetencyLevel,
      })),
    );
  }

  const assessmentsOf = new Map<number, AssessmentInput>();
  for (const a of assessments) {
    assessmentsOf.set(a.employee_id, {
      assessedOn: a.assessed_on as LocalDate,
      validUntil: a.valid_until as LocalDate | null,
      scores: unfold(a.scores).map(([type, code, level]) => ({
        type: type as CompetencyType,
        code: code!,
        level: Number(level) as CompetencyLevel,
      })),
    });
  }

  const personOf = new Map(people.map((p) => [p.id, p]));
  const casesOf = group(cases, (c) => c.employee_id);
  const innovationsOf = group(innovations, (i) => i.employee_id);
  const participationsOf = group(participations, (p) => p.employee_id);
  const trainingsOf = group(trainings, (t) => t.employee_id);

  return skp.map((rating) => {
    const id = rating.employeeId;
    const person = personOf.get(id);
    const post = postOf.get(id);
    const a = attendance.get(id);
    return {
      employeeId: id,
      nip: (person?.nip ?? '') as Nip,
      name: person?.name ?? '',
      unitId: rating.unitId,
      currentUnitId: person?.unit_id ?? null,
      inputs: {
        skp: { hasilKerja: rating.hasilKerja, perilakuKerja: rating.perilakuKerja },
        attendance: a ?? null,
        cases: (casesOf.get(id) ?? []).map(
          (c): PenaltyInput => ({
            status: c.status as DisciplinaryStatus,
            level: c.level as HukdisLevel,
            decisionDate: c.decision_date as LocalDate | null,
            startDate: c.start_date as LocalDate | null,
            endDate: c.end_date as LocalDate | null,
          }),
        ),
        innovations: (innovationsOf.get(id) ?? []).map((i) => ({
          role: i.role as InnovationRole,
          proposedOn: i.proposed_on as LocalDate,
          implementedOn: i.implemented_on as LocalDate | null,
          replicatedOn: i.replicated_on as LocalDate | null,
          awardedOn: i.awarded_on as LocalDate | null,
        })),
        participations: (participationsOf.get(id) ?? []).map((p) => ({
          role: p.role as ProgramRole,
          outcome: p.outcome as ProgramOutcome,
          hours: Number(p.hours),
          startDate: p.start_date as LocalDate,
          endDate: p.end_date as LocalDate,
        })),
        standard: post ? (standards.get(post.position) ?? []) : [],
        assessments: assessmentsOf.has(id) ? [assessmentsOf.get(id)!] : [],
        trainingHours: trainingHoursBefore(
          (trainingsOf.get(id) ?? []).map((t) => ({ endDate: t.end_date as LocalDate, hours: t.hours })),
          end,
        ),
      },
    };
  });
}

/** Text values of a group joined with `,` (SQLite group_concat, PostgreSQL string_agg). */
function folded(db: Kysely<Database>, value: Expression<unknown>): RawBuilder<string> {
  return dialectOf(db) === 'postgres'
    ? sql<string>`string_agg(${value}, ',')`
    : sql<string>`group_concat(${value}, ',')`;
}

/** The parts of a folded text: `TYPE:CODE:LEVEL,...` -> [[TYPE, CODE, LEVEL], ...]. */
function unfold(text: string | null): string[][] {
  return text ? text.split(',').map((item) => item.split(':')) : [];
}
