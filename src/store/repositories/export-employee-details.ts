import type { Kysely } from 'kysely';
import type { Education, EducationField, EducationLevel } from '../../core/model/education.js';
import type { Database } from '../schema.js';

/** What the employee export adds to the list's summary: birth place, codes and education. */
export interface EmployeeExportDetails {
  readonly birthPlace: string | null;
  readonly positionCode: string | null;
  readonly unitCode: string | null;
  /** The whole education history, oldest first by entry. */
  readonly education: readonly Education[];
}

/** The export details of some employees of one instansi, by employee id (others are absent). */
export async function loadEmployeeExportDetails(
  db: Kysely<Database>,
  instansiId: number,
  ids: readonly number[],
): Promise<Map<number, EmployeeExportDetails>> {
  const out = new Map<number, EmployeeExportDetails & { education: Education[] }>();
  if (ids.length === 0) return out;
  const [people, education] = await Promise.all([
    db
      .selectFrom('employees as e')
      .leftJoin('positions as p', 'p.id', 'e.current_position_id')
      .leftJoin('units as u', 'u.id', 'p.unit_id')
      .select(['e.id', 'e.birth_place', 'p.code as position_code', 'u.code as unit_code'])
      .where('e.instansi_id', '=', instansiId)
      .where('e.id', 'in', ids)
      .execute(),
    db
      .selectFrom('employee_education')
      .select(['employee_id', 'level', 'field', 'major', 'institution', 'graduation_year'])
      .where('instansi_id', '=', instansiId)
      .where('employee_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  for (const p of people) {
    out.set(p.id, {
      birthPlace: p.birth_place,
      positionCode: p.position_code,
      unitCode: p.unit_code,
      education: [],
    });
  }
  for (const ed of education) {
    out.get(ed.employee_id)?.education.push({
      level: ed.level as EducationLevel,
      field: ed.field as EducationField,
      major: ed.major,
      institution: ed.institution,
      graduationYear: ed.graduation_year,
    });
  }
  return out;
}
