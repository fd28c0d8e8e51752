import { DomainError } from '../../core/errors.js';
import { ALLOWED_CHILD_KINDS, ROOT_UNIT_KINDS, type UnitKind } from '../../core/model/unit.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { insertUnit } from '../../store/repositories/organisation-writes.js';
import { getUnit, listUnitTree } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { unitNodeFor } from './get-unit-tree.js';

export interface NewUnitInput {
  readonly code: string;
  readonly parentId: number | null;
  readonly name: string;
  readonly shortName?: string | null | undefined;
  readonly kind: UnitKind;
}

/** Adds a unit under a parent whose kind allows it (no OPD under a sekolah); codes are unique. */
export async function createUnit(
  ctx: AppContext,
  principal: Principal,
  input: NewUnitInput,
  meta: { ip: string | null },
) {
  authorize(principal, 'unit.update', { type: 'instansi', instansiId: principal.instansiId });
  const created = await ctx.db.transaction().execute(async (trx) => {
    if (input.parentId === null) {
      if (!ROOT_UNIT_KINDS.includes(input.kind)) {
        throw new DomainError(
          'UNIT_INVALID',
          {
            id: `Unit ${input.kind} harus berada di bawah unit induk`,
            en: `A ${input.kind} unit needs a parent unit`,
          },
          { field: 'parentId', value: null, rule: 'UNIT_ROOT_KIND' },
        );
      }
    } else {
      const parent = await getUnit(trx, principal.instansiId, input.parentId);
      if (!parent)
        throw new DomainError(
          'NOT_FOUND',
          { id: 'Unit induk tidak ditemukan', en: 'Parent unit not found' },
          { field: 'parentId', value: input.parentId },
        );
      if (!ALLOWED_CHILD_KINDS[parent.kind].includes(input.kind)) {
        throw new DomainError(
          'UNIT_INVALID',
          {
            id: `Unit ${input.kind} tidak dapat berada di bawah ${parent.kind} (${parent.name})`,
            en: `A ${input.kind} unit cannot sit under a ${parent.kind} (${parent.name})`,
          },
          { field: 'kind', value: input.kind, rule: 'UNIT_CHILD_KIND' },
        );
      }
    }
    const unit = await insertUnit(trx, principal.instansiId, input);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: principal.userId,
      actorIp: meta.ip,
      action: 'unit.create',
      entityType: 'unit',
      entityId: String(unit.id),
      before: null,
      after: input,
    });
    return unit;
  });
  const node = (await listUnitTree(ctx.db, principal.instansiId)).find((u) => u.id === created.id)!;
  return unitNodeFor(principal, node);
}
