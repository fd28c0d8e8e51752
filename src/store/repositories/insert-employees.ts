import type { Transaction } from 'kysely';
import type { EmployeeDraft } from '../../core/model/drafts.js';
import { highestEducation } from '../../core/model/education.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';

/**
 * Employees with every history, for `insertDataset`. `positionId` resolves a position code (and
 * throws, naming the draft field, for an unknown one). Returns employee ids by NIP.
 */
export async function insertEmployees(
  trx: Transaction<Database>,
  instansiId: number,
  employees: readonly EmployeeDraft[],
  positionId: (code: string, field: string) => number,
  onChunk: (rowCount: number) => void,
): Promise<Map<string, number>> {
  const employeeRows = await insertRows(
    trx,
    'employees',
    [
      'instansi_id',
      'nip',
      'name',
      'front_title',
      'back_title',
      'gender',
      'birth_date',
      'birth_place',
      'employment_type',
      'status',
      'tmt_cpns',
      'current_golongan',
      'current_golongan_tmt',
      'current_position_id',
      'current_position_since',
      'highest_education_level',
      'highest_education_field',
    ],
    employees.map((e, i) => {
      // The derived columns as refreshEmployeeCurrent computes them (a test keeps the two in step);
      // computed here so a 100,000-employee import does not update every row a second time.
      const rank = e.rankHistory.at(-1);
      const j = e.positionHistory.findLastIndex((a) => a.endDate === null);
      const post = e.positionHistory[j];
      const education = highestEducation(e.education);
      return [
        instansiId,
        e.nip,
        e.name,
        e.frontTitle,
        e.backTitle,
        e.gender,
        e.birthDate,
        e.birthPlace,
        e.employmentType,
        e.status,
        e.tmtCpns,
        rank?.golongan ?? null,
        rank?.tmt ?? null,
        post ? positionId(post.positionCode, `employees.${i}.positionHistory.${j}.positionCode`) : null,
        post?.startDate ?? null,
        education?.level ?? null,
        education?.field ?? null,
      ];
    }),
    { returning: ['id', 'nip'], onChunk },
  );
  const employeeIds = new Map<string, number>(employeeRows.map((r) => [r.nip, r.id]));
  const employeeIdOf = employees.map((e) => employeeIds.get(e.nip)!);
  const perEmployee = <T>(pick: (e: EmployeeDraft, i: number) => readonly T[]) =>
    employees.flatMap((e, i) => pick(e, i).map((item) => [employeeIdOf[i]!, item] as const));

  await insertRows(
    trx,
    'employee_rank_history',
    ['instansi_id', 'employee_id', 'golongan', 'tmt', 'sk_number'],
    perEmployee((e) => e.rankHistory).map(([id, r]) => [instansiId, id, r.golongan, r.tmt, r.skNumber]),
    { onChunk },
  );
  await insertRows(
    trx,
    'employee_education',
    ['instansi_id', 'employee_id', 'level', 'field', 'major', 'institution', 'graduation_year'],
    perEmployee((e) => e.education).map(([id, ed]) => [
      instansiId,
      id,
      ed.level,
      ed.field,
      ed.major,
      ed.institution,
      ed.graduationYear,
    ]),
    { onChunk },
  );
  await insertRows(
    trx,
    'position_assignments',
    ['instansi_id', 'employee_id', 'position_id', 'start_date', 'end_date', 'sk_number'],
    employees.flatMap((e, i) =>
      e.positionHistory.map((a, j) => [
        instansiId,
        employeeIdOf[i],
        positionId(a.positionCode, `employees.${i}.positionHistory.${j}.positionCode`),
        a.startDate,
        a.endDate,
        a.skNumber,
      ]),
    ),
    { onChunk },
  );

  const assessments = perEmployee((e) => e.competencyAssessments);
  const assessmentRows = await insertRows(
    trx,
    'competency_assessments',
    ['instansi_id', 'employee_id', 'assessed_on', 'valid_until', 'assessor'],
    assessments.map(([id, a]) => [instansiId, id, a.assessedOn, a.validUntil, a.assessor]),
    { returning: ['id', 'employee_id'], onChunk },
  );
  // Ids follow the VALUES order; the employee id of every returned row double-checks the pairing.
  assessmentRows.sort((a, b) => a.id - b.id);
  const scoreRows = assessments.flatMap(([employeeId, a], k) => {
    const row = assessmentRows[k];
    if (row?.employee_id !== employeeId) throw new Error('competency_assessments ids out of order');
    return a.scores.map((s) => [instansiId, row.id, s.type, s.code, s.level]);
  });
  await insertRows(
    trx,
    'competency_scores',
    ['instansi_id', 'assessment_id', 'type', 'code', 'level'],
    scoreRows,
    {
      onChunk,
    },
  );

  await insertRows(
    trx,
    'trainings',
    ['instansi_id', 'employee_id', 'name', 'kind', 'provider', 'start_date', 'end_date', 'hours'],
    perEmployee((e) => e.trainings).map(([id, t]) => [
      instansiId,
      id,
      t.name,
      t.kind,
      t.provider,
      t.startDate,
      t.endDate,
      t.hours,
    ]),
    { onChunk },
  );
  await insertRows(
    trx,
    'disciplinary_cases',
    [
      'instansi_id',
      'employee_id',
      'status',
      'level',
      'penalty_type',
      'description',
      'decision_number',
      'decision_date',
      'start_date',
      'end_date',
      'suspended_from_duty',
    ],
    perEmployee((e) => e.disciplinaryCases).map(([id, d]) => [
      instansiId,
      id,
      d.status,
      d.level,
      d.penaltyType,
      d.description,
      d.decisionNumber,
      d.decisionDate,
      d.startDate,
      d.endDate,
      d.suspendedFromDuty,
    ]),
    { onChunk },
  );
  await insertRows(
    trx,
    'employee_licences',
    ['instansi_id', 'employee_id', 'kind', 'number', 'profession', 'issued_on', 'valid_until'],
    perEmployee((e) => e.licences).map(([id, l]) => [
      instansiId,
      id,
      l.kind,
      l.number,
      l.profession,
      l.issuedOn,
      l.validUntil,
    ]),
    { onChunk },
  );
  return employeeIds;
}
