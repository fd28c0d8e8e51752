import { sql, type Transaction } from 'kysely';
import type { EvaluationDataset } from '../../core/appraisal/evaluation-drafts.js';
import { PREDIKAT_RULES_VERSION, predikatOf } from '../../core/appraisal/predikat-matrix.js';
import { DomainError } from '../../core/errors.js';
import { addDays, type LocalDate } from '../../core/model/local-date.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';
import { insertPolicyVersion } from './evaluation-policies.js';
import { ATTENDANCE_COLUMNS, SKP_RATING_COLUMNS } from './evaluation-records.js';

/**
 * Writes a whole evaluation data set (the demo's three years) in the caller's transaction with bulk
 * inserts, resolving NIPs, unit codes and period codes to ids. Records become revision 1 of source
 * DEMO, recorded two weeks after their period ended; a policy, when given, becomes version 1 (by
 * the instansi's head of BKPSDM). Returns the period ids by code.
 */
export async function insertEvaluationDataset(
  trx: Transaction<Database>,
  instansiId: number,
  data: EvaluationDataset,
): Promise<Map<string, number>> {
  const [employees, units] = await Promise.all([
    trx.selectFrom('employees').select(['id', 'nip']).where('instansi_id', '=', instansiId).execute(),
    trx.selectFrom('units').select(['id', 'code']).where('instansi_id', '=', instansiId).execute(),
  ]);
  const employeeIds = new Map(employees.map((e) => [e.nip, e.id]));
  const unitIds = new Map(units.map((u) => [u.code, u.id]));
  const employee = (nip: string, field: string) => employeeIds.get(nip) ?? unknown(field, nip);
  const unit = (code: string, field: string) => unitIds.get(code) ?? unknown(field, code);

  const periodRows = await insertRows(
    trx,
    'evaluation_periods',
    ['instansi_id', 'code', 'kind', 'year', 'sequence', 'start_date', 'end_date'],
    data.periods.map((p) => [instansiId, p.code, p.kind, p.year, p.sequence, p.startDate, p.endDate]),
    { returning: ['id', 'code'] },
  );
  const periodIds = new Map(periodRows.map((r) => [r.code, r.id]));
  const endOf = new Map(data.periods.map((p) => [p.code, p.endDate]));
  const period = (code: string, field: string) => periodIds.get(code) ?? unknown(field, code);
  const recordedAt = (code: string) => `${addDays(endOf.get(code) as LocalDate, 14)}T02:00:00.000Z`;
  const revision = (code: string) => [1, 'ENTRY', 'DEMO', null, null, recordedAt(code)];

  await insertRows(
    trx,
    'skp_ratings',
    SKP_RATING_COLUMNS,
    data.skp.map((s, i) => [
      instansiId,
      period(s.periodCode, `skp.${i}.periodCode`),
      employee(s.nip, `skp.${i}.nip`),
      s.unitCode === null ? null : unit(s.unitCode, `skp.${i}.unitCode`),
      s.hasilKerja,
      s.perilakuKerja,
      predikatOf(s.hasilKerja, s.perilakuKerja),
      PREDIKAT_RULES_VERSION,
      s.evaluatorNip,
      s.evidence.kind,
      s.evidence.reference,
      ...revision(s.periodCode),
    ]),
  );
  await insertRows(
    trx,
    'attendance_records',
    ATTENDANCE_COLUMNS,
    data.attendance.map((a, i) => [
      instansiId,
      period(a.periodCode, `attendance.${i}.periodCode`),
      employee(a.nip, `attendance.${i}.nip`),
      a.workingDays,
      a.unexcusedDays,
      a.lateCount,
      a.evidence.kind,
      a.evidence.reference,
      ...revision(a.periodCode),
    ]),
  );

  const innovationRows = await insertRows(
    trx,
    'innovations',
    [
      'instansi_id',
      'unit_id',
      'title',
      'description',
      'status',
      'proposed_on',
      'implemented_on',
      'replicated_on',
      'awarded_on',
      'evidence_kind',
      'evidence_ref',
    ],
    data.innovations.map((x, i) => [
      instansiId,
      unit(x.unitCode, `innovations.${i}.unitCode`),
      x.title,
      x.description,
      x.status,
      x.proposedOn,
      x.implementedOn,
      x.replicatedOn,
      x.awardedOn,
      x.evidence.kind,
      x.evidence.reference,
    ]),
    { returning: ['id'] },
  );
  innovationRows.sort((a, b) => a.id - b.id);
  await insertRows(
    trx,
    'innovation_members',
    ['instansi_id', 'innovation_id', 'employee_id', 'role'],
    data.innovations.flatMap((x, i) =>
      x.members.map((m, j) => [
        instansiId,
        innovationRows[i]!.id,
        employee(m.nip, `innovations.${i}.members.${j}.nip`),
        m.role,
      ]),
    ),
  );

  const programRows = await insertRows(
    trx,
    'government_programs',
    ['instansi_id', 'code', 'name', 'description', 'lead_unit_id', 'start_date', 'end_date'],
    data.programs.map((p, i) => [
      instansiId,
      p.code,
      p.name,
      p.description,
      p.leadUnitCode === null ? null : unit(p.leadUnitCode, `programs.${i}.leadUnitCode`),
      p.startDate,
      p.endDate,
    ]),
    { returning: ['id', 'code'] },
  );
  const programIds = new Map(programRows.map((r) => [r.code, r.id]));
  await insertRows(
    trx,
    'program_participations',
    [
      'instansi_id',
      'program_id',
      'employee_id',
      'role',
      'start_date',
      'end_date',
      'hours',
      'outcome',
      'evidence_kind',
      'evidence_ref',
    ],
    data.programs.flatMap((p, i) =>
      p.participants.map((x, j) => [
        instansiId,
        programIds.get(p.code),
        employee(x.nip, `programs.${i}.participants.${j}.nip`),
        x.role,
        x.startDate,
        x.endDate,
        x.hours,
        x.outcome,
        x.evidence.kind,
        x.evidence.reference,
      ]),
    ),
  );

  await insertRows(
    trx,
    'evaluation_unit_grades',
    ['instansi_id', 'period_id', 'unit_id', 'grade'],
    data.unitGrades.map((g, i) => [
      instansiId,
      period(g.periodCode, `unitGrades.${i}.periodCode`),
      unit(g.unitCode, `unitGrades.${i}.unitCode`),
      g.grade,
    ]),
  );

  const assessmentRows = await insertRows(
    trx,
    'competency_assessments',
    ['instansi_id', 'employee_id', 'assessed_on', 'valid_until', 'assessor'],
    data.assessments.map(({ nip, assessment: a }, i) => [
      instansiId,
      employee(nip, `assessments.${i}.nip`),
      a.assessedOn,
      a.validUntil,
      a.assessor,
    ]),
    { returning: ['id'] },
  );
  assessmentRows.sort((a, b) => a.id - b.id);
  await insertRows(
    trx,
    'competency_scores',
    ['instansi_id', 'assessment_id', 'type', 'code', 'level'],
    data.assessments.flatMap(({ assessment: a }, i) =>
      a.scores.map((s) => [instansiId, assessmentRows[i]!.id, s.type, s.code, s.level]),
    ),
  );
  if (data.policy) {
    const head = await trx
      .selectFrom('users')
      .select('id')
      .where('instansi_id', '=', instansiId)
      .where('role', '=', 'BKPSDM_HEAD')
      .orderBy('id')
      .executeTakeFirst();
    await insertPolicyVersion(trx, instansiId, {
      version: 1,
      policy: data.policy.policy,
      reason: data.policy.reason,
      changedByUserId: head?.id ?? null,
      changedAt: data.policy.changedAt,
    });
  }
  for (const table of ['skp_ratings', 'attendance_records', 'competency_assessments'] as const) {
    await sql`analyze ${sql.table(table)}`.execute(trx);
  }
  return periodIds;
}

function unknown(field: string, value: string): never {
  throw new DomainError(
    'VALIDATION_FAILED',
    {
      id: `Referensi tidak dikenal pada ${field}: "${value}"`,
      en: `Unknown reference in ${field}: "${value}"`,
    },
    { field, value, rule: 'DATASET_REFERENCE' },
  );
}
