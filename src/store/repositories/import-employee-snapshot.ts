import type { Kysely } from 'kysely';
import type { Education, EducationField, EducationLevel } from '../../core/model/education.js';
import type { EmployeeStatus } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { EmploymentType } from '../../core/model/nip.js';
import type { Database } from '../schema.js';

/** An employee as stored, with the histories an import compares against. */
export interface ExistingEmployee {
  readonly id: number;
  readonly version: number;
  readonly nip: string;
  readonly name: string;
  readonly frontTitle: string | null;
  readonly backTitle: string | null;
  readonly birthPlace: string | null;
  readonly employmentType: EmploymentType;
  readonly status: EmployeeStatus;
  readonly ranks: { readonly id: number; readonly golongan: GolonganCode; readonly tmt: LocalDate }[];
  readonly posts: {
    readonly id: number;
    readonly positionId: number;
    readonly startDate: LocalDate;
    readonly endDate: LocalDate | null;
  }[];
  readonly education: (Education & { readonly id: number })[];
}

const BATCH = 1000;

/**
 * The stored employees among `nips`, with rank, post and education histories, in batches of
 * 1,000 NIPs (one `in` list each). Read inside the import's transaction so the comparison and the
 * writes see the same data.
 */
export async function loadExistingEmployees(
  db: Kysely<Database>,
  instansiId: number,
  nips: readonly string[],
): Promise<Map<string, ExistingEmployee>> {
  const out = new Map<string, ExistingEmployee>();
  // One narrow query first: a first import into an empty instansi then costs nothing more.
  const stored = new Set(
    (await db.selectFrom('employees').select('nip').where('instansi_id', '=', instansiId).execute()).map(
      (r) => r.nip,
    ),
  );
  const present = nips.filter((nip) => stored.has(nip));
  for (let i = 0; i < present.length; i += BATCH) {
    const rows = await db
      .selectFrom('employees')
      .select([
        'id',
        'version',
        'nip',
        'name',
        'front_title',
        'back_title',
        'birth_place',
        'employment_type',
        'status',
      ])
      .where('instansi_id', '=', instansiId)
      .where('nip', 'in', present.slice(i, i + BATCH))
      .execute();
    if (rows.length === 0) continue;
    const ids = rows.map((r) => r.id);
    const [ranks, posts, education] = await Promise.all([
      db
        .selectFrom('employee_rank_history')
        .select(['id', 'employee_id', 'golongan', 'tmt'])
        .where('employee_id', 'in', ids)
        .orderBy('tmt')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('position_assignments')
        .select(['id', 'employee_id', 'position_id', 'start_date', 'end_date'])
        .where('employee_id', 'in', ids)
        .orderBy('start_date')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('employee_education')
        .select(['id', 'employee_id', 'level', 'field', 'major', 'institution', 'graduation_year'])
        .where('employee_id', 'in', ids)
        .orderBy('id')
        .execute(),
    ]);
    const byId = new Map<number, ExistingEmployee>();
    for (const r of rows) {
      const e: ExistingEmployee = {
        id: r.id,
        version: r.version,
        nip: r.nip,
        name: r.name,
        frontTitle: r.front_title,
        backTitle: r.back_title,
        birthPlace: r.birth_place,
        employmentType: r.employment_type as EmploymentType,
        status: r.status as EmployeeStatus,
        ranks: [],
        posts: [],
        education: [],
      };
      byId.set(r.id, e);
      out.set(r.nip, e);
    }
    // PostgreSQL returns `date` columns as strings through the store's type parser.
    const day = (v: unknown) => String(v).slice(0, 10) as LocalDate;
    for (const r of ranks)
      byId
        .get(r.employee_id)!
        .ranks.push({ id: r.id, golongan: r.golongan as GolonganCode, tmt: day(r.tmt) });
    for (const p of posts) {
      byId.get(p.employee_id)!.posts.push({
        id: p.id,
        positionId: p.position_id,
        startDate: day(p.start_date),
        endDate: p.end_date === null ? null : day(p.end_date),
      });
    }
    for (const ed of education) {
      byId.get(ed.employee_id)!.education.push({
        id: ed.id,
        level: ed.level as EducationLevel,
        field: ed.field as EducationField,
        major: ed.major,
        institution: ed.institution,
        graduationYear: ed.graduation_year,
      });
    }
  }
  return out;
}
