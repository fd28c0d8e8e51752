import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listUnitTree } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';

/** The instansi's unit tree with seats, holders and vacancies per unit and per subtree. */
export async function getUnitTree(ctx: AppContext, principal: Principal) {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'unit.read', instansi);
  const units = await listUnitTree(ctx.db, principal.instansiId);
  return {
    units: units.map((u) => ({
      id: u.id,
      parentId: u.parentId,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      seats: u.own.seats,
      holders: u.own.holders,
      vacancies: u.own.vacancies,
      totalSeats: u.subtree.seats,
      totalHolders: u.subtree.holders,
      totalVacancies: u.subtree.vacancies,
    })),
    actions: allowedActions(principal, instansi, ['unit.update', 'position.create']),
  };
}
