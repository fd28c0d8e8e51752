import type { Kysely } from 'kysely';
import type { CompetencyAssessment, CompetencyLevel, CompetencyType } from '../../core/model/competency.js';
import type { EducationField, EducationLevel } from '../../core/model/education.js';
import type {
  DisciplinaryStatus,
  Employee,
  HukdisLevel,
  HukdisType,
  TrainingRecord,
} from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';
import { LICENCE_COLUMNS, toLicence } from './employee-licences.js';
import { selectEmployeeSummaries, toEmployeeSummary } from './employee-summary.js';

function groupBy<T extends { employee_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.employee_id);
    if (list) list.push(r);
    else out.set(r.employee_id, [r]);
  }
  return out;
}

/**
 * Whole records (every history, oldest first) of the employees of an instansi, or of one or some of
 * them when `employeeId` is given: one query per history table, so a city of 2,500 people loads in a few
 * queries instead of thousands, each reading only the columns the record holds. Position and unit names in the position history are left empty
 * (matching reads them from the posts it loads anyway).
 * @example const people = await loadEmployeeRecords(db, 1); // every employee of instansi 1
 */
export async function loadEmployeeRecords(
  db: Kysely<Database>,
  instansiId: number,
  employeeId?: number | readonly number[],
): Promise<Employee[]> {
  // Note: a set of people (a proposal's) loads in the same few queries as one person.
  const ids = employeeId === undefined ? [] : typeof employeeId === 'number' ? [employeeId] : [...employeeId];
  const only = employeeId !== undefined;
  if (only && ids.length === 0) return [];
  const [rows, education, ranks, assignments, assessments, scores, trainings, cases, licences] =
    await Promise.all([
      selectEmployeeSummaries(db)
        .select(['e.birth_place', 'e.tmt_cpns'])
        .where('e.instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('e.id', 'in', ids))
        .orderBy('e.id')
        .execute(),
      db
        .selectFrom('employee_education')
        .select(['employee_id', 'level', 'field', 'major', 'institution', 'graduation_year'])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('id')
        .execute(),
      db
        .selectFrom('employee_rank_history')
        .select(['employee_id', 'golongan', 'tmt', 'sk_number'])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('tmt')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('position_assignments')
        .select(['id', 'employee_id', 'position_id', 'start_date', 'end_date', 'sk_number'])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('start_date')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('competency_assessments')
        .select(['id', 'employee_id', 'assessed_on', 'valid_until', 'assessor'])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('assessed_on')
        .orderBy('id')
        .execute(),
      // Note: no join to the assessments: scores are grouped by assessment id, and the one-person
      // case narrows by a subquery (the join cost a third of the whole load at 2,500 people).
      db
        .selectFrom('competency_scores')
        .select(['assessment_id', 'type', 'code', 'level'])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) =>
          q.where('assessment_id', 'in', (sub) =>
            sub.selectFrom('competency_assessments').select('id').where('employee_id', 'in', ids),
          ),
        )
        .orderBy('id')
        .execute(),
      db
        .selectFrom('trainings')
        .select(['id', 'employee_id', 'name', 'kind', 'provider', 'start_date', 'end_date', 'hours'])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('start_date')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('disciplinary_cases')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('id')
        .execute(),
      db
        .selectFrom('employee_licences')
        .select(['employee_id', ...LICENCE_COLUMNS])
        .where('instansi_id', '=', instansiId)
        .$if(only, (q) => q.where('employee_id', 'in', ids))
        .orderBy('id')
        .execute(),
    ]);
  const edu = groupBy(education);
  const rank = groupBy(ranks);
  const posts = groupBy(assignments);
  const assess = groupBy(assessments);
  const scoresByAssessment = new Map<number, (typeof scores)[number][]>();
  for (const s of scores) {
    const list = scoresByAssessment.get(s.assessment_id);
    if (list) list.push(s);
    else scoresByAssessment.set(s.assessment_id, [s]);
  }
  const train = groupBy(trainings);
  const disc = groupBy(cases);
  const licencesOf = groupBy(licences);
  return rows.map(
    (row): Employee => ({
      ...toEmployeeSummary(row),
      birthPlace: row.birth_place,
      tmtCpns: row.tmt_cpns as LocalDate | null,
      education: (edu.get(row.id) ?? []).map((e) => ({
        level: e.level as EducationLevel,
        field: e.field as EducationField,
        major: e.major,
        institution: e.institution,
        graduationYear: e.graduation_year,
      })),
      rankHistory: (rank.get(row.id) ?? []).map((r) => ({
        golongan: r.golongan as GolonganCode,
        tmt: r.tmt as LocalDate,
        skNumber: r.sk_number,
      })),
      positionHistory: (posts.get(row.id) ?? []).map((a) => ({
        id: a.id,
        positionId: a.position_id,
        positionName: '',
        unitId: 0,
        unitName: '',
        startDate: a.start_date as LocalDate,
        endDate: a.end_date as LocalDate | null,
        skNumber: a.sk_number,
      })),
      competencyAssessments: (assess.get(row.id) ?? []).map(
        (a): CompetencyAssessment => ({
          id: a.id,
          assessedOn: a.assessed_on,
          validUntil: a.valid_until,
          assessor: a.assessor,
          scores: (scoresByAssessment.get(a.id) ?? []).map((s) => ({
            type: s.type as CompetencyType,
            code: s.code,
            level: s.level as CompetencyLevel,
          })),
        }),
      ),
      trainings: (train.get(row.id) ?? []).map(
        (t): TrainingRecord => ({
          id: t.id,
          name: t.name,
          kind: t.kind as TrainingRecord['kind'],
          provider: t.provider,
          startDate: t.start_date as LocalDate,
          endDate: t.end_date as LocalDate,
          hours: t.hours,
        }),
      ),
      disciplinaryCases: (disc.get(row.id) ?? []).map((d) => ({
        id: d.id,
        status: d.status as DisciplinaryStatus,
        level: d.level as HukdisLevel | null,
        penaltyType: d.penalty_type as HukdisType | null,
        description: d.description,
        decisionNumber: d.decision_number,
        decisionDate: d.decision_date as LocalDate | null,
        startDate: d.start_date as LocalDate | null,
        endDate: d.end_date as LocalDate | null,
        suspendedFromDuty: Boolean(d.suspended_from_duty),
      })),
      licences: (licencesOf.get(row.id) ?? []).map(toLicence),
    }),
  );
}
