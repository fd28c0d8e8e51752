import type { PositionKind } from '../../core/model/position.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  listPositions as listPositionRows,
  type PositionListItem,
} from '../../store/repositories/positions.js';

export type { PositionListItem };

import { unitSubtreeIds } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { dropUndefined } from '../employees/list-employees.js';

export interface PositionQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly order: 'asc' | 'desc';
  readonly sort: 'name' | 'kind' | 'unit' | 'seats' | 'vacancies';
  readonly q?: string | undefined;
  readonly unitId?: number | undefined;
  readonly kind?: readonly PositionKind[] | undefined;
  readonly vacant?: boolean | undefined;
}

/** One page of positions with seats, holders and vacancies; an OPD head sees their units only. */
export async function listPositions(ctx: AppContext, principal: Principal, query: PositionQuery) {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'position.list', instansi);
  let unitIds: number[] | undefined = query.unitId
    ? await unitSubtreeIds(ctx.db, principal.instansiId, query.unitId)
    : undefined;
  if (principal.role === 'OPD_HEAD') {
    const scope = new Set(principal.unitIds);
    unitIds = (unitIds ?? principal.unitIds).filter((id) => scope.has(id));
  }
  const page = await listPositionRows(ctx.db, principal.instansiId, {
    ...dropUndefined(query),
    ...(unitIds ? { unitIds } : {}),
  });
  return {
    ...page,
    page: query.page,
    pageSize: query.pageSize,
    actions: allowedActions(principal, instansi, ['position.create']),
  };
}
