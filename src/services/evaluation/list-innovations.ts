import type { InnovationStatus } from '../../core/appraisal/records.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getInnovation, listInnovations } from '../../store/repositories/evaluation-innovations.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { instansiResource, notFound } from './evaluation-access.js';

const REGISTER_ACTIONS: readonly Action[] = ['evaluation.write'];

/** The innovation register; an OPD head sees the innovations of their own units. */
export async function listInnovationRegister(
  ctx: AppContext,
  principal: Principal,
  query: {
    readonly unitId?: number | undefined;
    readonly status?: InnovationStatus | undefined;
    readonly q?: string | undefined;
  },
) {
  const instansi = instansiResource(principal);
  authorize(principal, 'evaluation.read', instansi);
  let unitIds: number[] | undefined = query.unitId
    ? await unitSubtreeIds(ctx.db, principal.instansiId, query.unitId)
    : undefined;
  if (principal.role === 'OPD_HEAD') {
    const scope = new Set(principal.unitIds);
    unitIds = (unitIds ?? principal.unitIds).filter((id) => scope.has(id));
  }
  const items = await listInnovations(ctx.db, principal.instansiId, {
    ...(unitIds ? { unitIds } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { q: query.q } : {}),
  });
  return { items, actions: allowedActions(principal, instansi, REGISTER_ACTIONS) };
}

/** One innovation with its team, if the caller may see its unit. */
export async function getInnovationEntry(ctx: AppContext, principal: Principal, id: number) {
  authorize(principal, 'evaluation.read', instansiResource(principal));
  const innovation = await getInnovation(ctx.db, principal.instansiId, id);
  const unit =
    innovation && ({ type: 'unit', instansiId: principal.instansiId, unitId: innovation.unitId } as const);
  if (!innovation || !unit) throw notFound({ id: 'Inovasi', en: 'Innovation' }, 'id', id);
  authorize(principal, 'evaluation.read', unit);
  return { ...innovation, actions: allowedActions(principal, unit, REGISTER_ACTIONS) };
}
