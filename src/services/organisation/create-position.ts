import { DomainError, fieldError } from '../../core/errors.js';
import type { CompetencyStandard } from '../../core/model/competency.js';
import type { EducationRequirement } from '../../core/model/education.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { Eselon, JfCategory, JfLevel, PositionFamily, PositionKind } from '../../core/model/position.js';
import { buildPositionGrade, resolveMinimumRank } from '../../core/model/position-grade.js';
import type { Profession } from '../../core/model/profession.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { insertPosition } from '../../store/repositories/organisation-writes.js';
import { getUnit } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { getPosition, type PositionProfile } from './get-position.js';

export interface NewPositionInput {
  readonly code: string;
  readonly unitId: number;
  readonly name: string;
  readonly kind: PositionKind;
  readonly eselon?: Eselon | null | undefined;
  readonly jfCategory?: JfCategory | null | undefined;
  readonly jfLevel?: JfLevel | null | undefined;
  readonly family: PositionFamily;
  readonly kelasJabatan?: number | null | undefined;
  readonly minGolongan?: GolonganCode | null | undefined;
  readonly educationRequirements: readonly EducationRequirement[];
  readonly competencyStandard: readonly CompetencyStandard[];
  readonly isStrategic: boolean;
  readonly seats: number;
  readonly tugasTambahan?: string | null | undefined;
  readonly profession?: Profession | null | undefined;
}

/**
 * Adds a position. The grade must be a real combination (eselon for the kind, JF level in its
 * category) and the minimum golongan must exist and fit the grade's rank range.
 */
export async function createPosition(
  ctx: AppContext,
  principal: Principal,
  input: NewPositionInput,
  meta: { ip: string | null },
): Promise<PositionProfile> {
  authorize(principal, 'position.create', { type: 'instansi', instansiId: principal.instansiId });
  const grade = buildPositionGrade(input);
  if (!grade.ok) throw fieldError(grade.error);
  const minGolongan = resolveMinimumRank(grade.value, input.minGolongan);
  if (!minGolongan.ok) throw fieldError(minGolongan.error);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const unit = await getUnit(trx, principal.instansiId, input.unitId);
    if (!unit)
      throw new DomainError(
        'NOT_FOUND',
        { id: 'Unit kerja tidak ditemukan', en: 'Unit not found' },
        { field: 'unitId', value: input.unitId },
      );
    const newId = await insertPosition(trx, principal.instansiId, {
      code: input.code,
      unitId: input.unitId,
      name: input.name,
      grade: grade.value,
      family: input.family,
      kelasJabatan: input.kelasJabatan ?? null,
      minGolongan: minGolongan.value,
      educationRequirements: input.educationRequirements,
      competencyStandard: input.competencyStandard,
      isStrategic: input.isStrategic,
      seats: input.seats,
      tugasTambahan: input.tugasTambahan ?? null,
      profession: input.profession ?? null,
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: principal.userId,
      actorIp: meta.ip,
      action: 'position.create',
      entityType: 'position',
      entityId: String(newId),
      before: null,
      after: input,
    });
    return newId;
  });
  return getPosition(ctx, principal, id);
}
