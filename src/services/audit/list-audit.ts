import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listAudit as listAuditRows } from '../../store/repositories/audit.js';
import { userActors } from '../../store/repositories/users.js';
import type { AppContext } from '../app-context.js';
import { dropUndefined } from '../employees/list-employees.js';

export interface AuditQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly action?: string | undefined;
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The audit log of the caller's instansi, newest first, with the actors' names and roles (one query for the page). */
export async function listAudit(ctx: AppContext, principal: Principal, query: AuditQuery) {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'audit.read', instansi);
  const { page, pageSize, ...filter } = query;
  const rows = await listAuditRows(
    ctx.db,
    { ...dropUndefined(filter), instansiId: principal.instansiId },
    { page, pageSize },
  );
  const actors = await userActors(ctx.db, [
    ...new Set(rows.items.flatMap((r) => (r.actorUserId === null ? [] : [r.actorUserId]))),
  ]);
  return {
    items: rows.items.map((r) => {
      const actor = r.actorUserId === null ? undefined : actors.get(r.actorUserId);
      return { ...r, actorName: actor?.name ?? null, actorRole: actor?.role ?? null };
    }),
    total: rows.total,
    page,
    pageSize,
    actions: allowedActions(principal, instansi, ['audit.read']),
  };
}
