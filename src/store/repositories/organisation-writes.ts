import type { Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import type { Position } from '../../core/model/position.js';
import type { Unit, UnitKind } from '../../core/model/unit.js';
import type { Database } from '../schema.js';
import { gradeColumns, requirementColumns } from './position-row.js';
import { getUnit } from './units.js';

function duplicateCode(what: string, code: string): DomainError {
  return new DomainError(
    'CONFLICT',
    { id: `Kode ${what} "${code}" sudah dipakai`, en: `${what} code "${code}" is already in use` },
    { field: 'code', value: code, rule: 'CODE_UNIQUE' },
  );
}

/** A new unit; its code must be unused in the instansi (checked first, then by the unique index). */
export async function insertUnit(
  trx: Transaction<Database>,
  instansiId: number,
  input: {
    code: string;
    parentId: number | null;
    name: string;
    shortName?: string | null | undefined;
    kind: UnitKind;
  },
): Promise<Unit> {
  const taken = await trx
    .selectFrom('units')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('code', '=', input.code)
    .executeTakeFirst();
  if (taken) throw duplicateCode('unit', input.code);
  const row = await trx
    .insertInto('units')
    .values({
      instansi_id: instansiId,
      parent_id: input.parentId,
      code: input.code,
      name: input.name,
      short_name: input.shortName ?? null,
      kind: input.kind,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await getUnit(trx, instansiId, row.id))!;
}

/** A new position with its education requirements and competency standard; returns its id. */
export async function insertPosition(
  trx: Transaction<Database>,
  instansiId: number,
  p: Omit<Position, 'id' | 'instansiId' | 'version'>,
): Promise<number> {
  const taken = await trx
    .selectFrom('positions')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('code', '=', p.code)
    .executeTakeFirst();
  if (taken) throw duplicateCode('jabatan', p.code);
  const row = await trx
    .insertInto('positions')
    .values({
      instansi_id: instansiId,
      unit_id: p.unitId,
      code: p.code,
      name: p.name,
      ...gradeColumns(p.grade),
      family: p.family,
      kelas_jabatan: p.kelasJabatan,
      min_golongan: p.minGolongan,
      is_strategic: p.isStrategic,
      seats: p.seats,
      tugas_tambahan: p.tugasTambahan,
      profession: p.profession,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (p.educationRequirements.length > 0) {
    await trx
      .insertInto('position_education_requirements')
      .values(
        p.educationRequirements.map((r) => ({
          instansi_id: instansiId,
          position_id: row.id,
          ...requirementColumns(r),
        })),
      )
      .execute();
  }
  if (p.competencyStandard.length > 0) {
    await trx
      .insertInto('position_competency_standards')
      .values(
        p.competencyStandard.map((s) => ({
          instansi_id: instansiId,
          position_id: row.id,
          type: s.type,
          code: s.code,
          name: s.name,
          level: s.level,
        })),
      )
      .execute();
  }
  return row.id;
}
