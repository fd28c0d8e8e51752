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

/** The whole record of an employee of the instansi, every history oldest first; null when not found. */
export async function getEmployeeById(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<Employee | null> {
  return loadEmployee(db, instansiId, 'e.id', id);
}

/** As {@link getEmployeeById}, by NIP (18 digits, no spaces). */
export async function getEmployeeByNip(
  db: Kysely<Database>,
  instansiId: number,
  nip: string,
): Promise<Employee | null> {
  return loadEmployee(db, instansiId, 'e.nip', nip);
}

async function loadEmployee(
  db: Kysely<Database>,
  instansiId: number,
  key: 'e.id' | 'e.nip',
  value: number | string,
): Promise<Employee | null> {
  const row = await selectEmployeeSummaries(db)
    .select(['e.birth_place', 'e.tmt_cpns'])
    .where('e.instansi_id', '=', instansiId)
    .where(key, '=', value)
    .executeTakeFirst();
  if (!row) return null;
  const id = row.id;
  const [education, ranks, assignments, assessments, scores, trainings, cases, licences] = await Promise.all([
    db.selectFrom('employee_education').selectAll().where('employee_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('employee_rank_history')
      .selectAll()
      .where('employee_id', '=', id)
      .orderBy('tmt')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('position_assignments as a')
      .innerJoin('positions as p', 'p.id', 'a.position_id')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['a.id', 'a.position_id', 'p.name as position_name', 'p.unit_id', 'u.name as unit_name'])
      .select(['a.start_date', 'a.end_date', 'a.sk_number'])
      .where('a.employee_id', '=', id)
      .orderBy('a.start_date')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('competency_assessments')
      .selectAll()
      .where('employee_id', '=', id)
      .orderBy('assessed_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('competency_scores as s')
      .innerJoin('competency_assessments as a', 'a.id', 's.assessment_id')
      .select(['s.assessment_id', 's.type', 's.code', 's.level'])
      .where('a.employee_id', '=', id)
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('trainings')
      .selectAll()
      .where('employee_id', '=', id)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db.selectFrom('disciplinary_cases').selectAll().where('employee_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('employee_licences')
      .select(LICENCE_COLUMNS)
      .where('employee_id', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    ...toEmployeeSummary(row),
    birthPlace: row.birth_place,
    tmtCpns: row.tmt_cpns as LocalDate | null,
    education: education.map((e) => ({
      level: e.level as EducationLevel,
      field: e.field as EducationField,
      major: e.major,
      institution: e.institution,
      graduationYear: e.graduation_year,
    })),
    rankHistory: ranks.map((r) => ({
      golongan: r.golongan as GolonganCode,
      tmt: r.tmt as LocalDate,
      skNumber: r.sk_number,
    })),
    positionHistory: assignments.map((a) => ({
      id: a.id,
      positionId: a.position_id,
      positionName: a.position_name,
      unitId: a.unit_id,
      unitName: a.unit_name,
      startDate: a.start_date as LocalDate,
      endDate: a.end_date as LocalDate | null,
      skNumber: a.sk_number,
    })),
    competencyAssessments: assessments.map(
      (a): CompetencyAssessment => ({
        id: a.id,
        assessedOn: a.assessed_on,
        validUntil: a.valid_until,
        assessor: a.assessor,
        scores: scores
          .filter((s) => s.assessment_id === a.id)
          .map((s) => ({ type: s.type as CompetencyType, code: s.code, level: s.level as CompetencyLevel })),
      }),
    ),
    trainings: trainings.map(
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
    disciplinaryCases: cases.map((d) => ({
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
    licences: licences.map(toLicence),
  };
}
