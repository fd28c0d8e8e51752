import { sql, type Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import type { InstansiDataset, UnitDraft } from '../../core/model/drafts.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';
import { insertEmployees } from './insert-employees.js';
import { gradeColumns, requirementColumns } from './position-row.js';

export interface InsertDatasetOptions {
  /** Hash given to every user of the data set (the service hashes the demo password once). */
  readonly passwordHash: string;
  /** Called after every statement with rows written so far and rows in the data set. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface InsertDatasetResult {
  readonly instansiId: number;
  readonly rowCount: number;
}

/**
 * Writes a whole data set (the instansi, its unit tree, positions, employees with every history,
 * users) in the caller's transaction, resolving natural keys (unit code, position code, NIP) to ids.
 * Rows go in as batched multi-row inserts; see `insertRows`. Unknown references throw
 * VALIDATION_FAILED naming the draft field; duplicates hit the unique constraints.
 */
export async function insertDataset(
  trx: Transaction<Database>,
  dataset: InstansiDataset,
  options: InsertDatasetOptions,
): Promise<InsertDatasetResult> {
  const total = countRows(dataset);
  let done = 0;
  const onChunk = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  const { instansi } = dataset;
  const [created] = await insertRows(
    trx,
    'instansi',
    ['code', 'name', 'kind', 'province', 'region_code'],
    [[instansi.code, instansi.name, instansi.kind, instansi.province, instansi.regionCode]],
    { returning: ['id'], onChunk },
  );
  const instansiId = created!.id;

  const unitIds = await insertUnits(trx, instansiId, dataset.units, onChunk);
  const unitId = (code: string, field: string) => unitIds.get(code) ?? unknown(field, code, 'unit');

  const positionRows = await insertRows(
    trx,
    'positions',
    [
      'instansi_id',
      'unit_id',
      'code',
      'name',
      'kind',
      'eselon',
      'jf_category',
      'jf_level',
      'family',
      'kelas_jabatan',
      'min_golongan',
      'is_strategic',
      'seats',
      'tugas_tambahan',
      'profession',
    ],
    dataset.positions.map((p, i) => {
      const g = gradeColumns(p.grade);
      return [
        instansiId,
        unitId(p.unitCode, `positions.${i}.unitCode`),
        p.code,
        p.name,
        g.kind,
        g.eselon,
        g.jf_category,
        g.jf_level,
        p.family,
        p.kelasJabatan,
        p.minGolongan,
        p.isStrategic,
        p.seats,
        p.tugasTambahan,
        p.profession,
      ];
    }),
    { returning: ['id', 'code'], onChunk },
  );
  const positionIds = new Map(positionRows.map((r) => [r.code, r.id]));
  const positionId = (code: string, field: string) =>
    positionIds.get(code) ?? unknown(field, code, 'position');
  const positionIdOf = dataset.positions.map((p) => positionIds.get(p.code)!);

  await insertRows(
    trx,
    'position_education_requirements',
    ['instansi_id', 'position_id', 'min_level', 'fields', 'majors'],
    dataset.positions.flatMap((p, i) =>
      p.educationRequirements.map((r) => {
        const c = requirementColumns(r);
        return [instansiId, positionIdOf[i], c.min_level, c.fields, c.majors];
      }),
    ),
    { onChunk },
  );
  await insertRows(
    trx,
    'position_competency_standards',
    ['instansi_id', 'position_id', 'type', 'code', 'name', 'level'],
    dataset.positions.flatMap((p, i) =>
      p.competencyStandard.map((s) => [instansiId, positionIdOf[i], s.type, s.code, s.name, s.level]),
    ),
    { onChunk },
  );

  const employeeIds = await insertEmployees(trx, instansiId, dataset.employees, positionId, onChunk);

  const userRows = await insertRows(
    trx,
    'users',
    ['instansi_id', 'username', 'password_hash', 'display_name', 'role', 'employee_id', 'active'],
    dataset.users.map((u, i) => [
      instansiId,
      u.username,
      options.passwordHash,
      u.displayName,
      u.role,
      u.employeeNip === null
        ? null
        : (employeeIds.get(u.employeeNip) ?? unknown(`users.${i}.employeeNip`, u.employeeNip, 'employee')),
      true,
    ]),
    { returning: ['id', 'username'], onChunk },
  );
  const userIds = new Map(userRows.map((r) => [r.username, r.id]));
  await insertRows(
    trx,
    'user_unit_scopes',
    ['user_id', 'unit_id'],
    dataset.users.flatMap((u, i) =>
      u.unitCodes.map((code, j) => [userIds.get(u.username), unitId(code, `users.${i}.unitCodes.${j}`)]),
    ),
    { onChunk },
  );

  // Fresh planner statistics: without them SQLite walks an instansi_id index where a scan is 5x faster.
  for (const table of ['units', 'positions', 'employees', 'position_assignments'] as const) {
    await sql`analyze ${sql.table(table)}`.execute(trx);
  }
  return { instansiId, rowCount: total };
}

/** Parents before children: one statement per depth of the tree. */
async function insertUnits(
  trx: Transaction<Database>,
  instansiId: number,
  units: readonly UnitDraft[],
  onChunk: (n: number) => void,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let pending = units.map((unit, index) => ({ unit, index }));
  while (pending.length > 0) {
    const ready = pending.filter(({ unit }) => unit.parentCode === null || ids.has(unit.parentCode));
    if (ready.length === 0) {
      const first = pending[0]!;
      unknown(`units.${first.index}.parentCode`, first.unit.parentCode, 'parent unit (or a cycle)');
    }
    const rows = await insertRows(
      trx,
      'units',
      ['instansi_id', 'parent_id', 'code', 'name', 'short_name', 'kind'],
      ready.map(({ unit: u }) => [
        instansiId,
        u.parentCode === null ? null : ids.get(u.parentCode),
        u.code,
        u.name,
        u.shortName,
        u.kind,
      ]),
      { returning: ['id', 'code'], onChunk },
    );
    for (const r of rows) ids.set(r.code, r.id);
    const inserted = new Set(ready);
    pending = pending.filter((p) => !inserted.has(p));
  }
  return ids;
}

function unknown(field: string, value: unknown, what: string): never {
  throw new DomainError(
    'VALIDATION_FAILED',
    {
      id: `Referensi tidak dikenal pada ${field}: "${String(value)}"`,
      en: `Unknown ${what} referenced by ${field}: "${String(value)}"`,
    },
    { field, value, rule: 'DATASET_REFERENCE' },
  );
}

function countRows(d: InstansiDataset): number {
  let n = 1 + d.units.length + d.users.length;
  for (const p of d.positions) n += 1 + p.educationRequirements.length + p.competencyStandard.length;
  for (const u of d.users) n += u.unitCodes.length;
  for (const e of d.employees) {
    n += 1 + e.rankHistory.length + e.education.length + e.positionHistory.length + e.trainings.length;
    n += e.disciplinaryCases.length + e.licences.length;
    for (const a of e.competencyAssessments) n += 1 + a.scores.length;
  }
  return n;
}
