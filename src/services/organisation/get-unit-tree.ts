import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listUnitTree, type UnitTreeNode } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';

/**
 * What a unit picker may offer: the actions a page takes on the unit chosen in it (list its people
 * or posts, enter or read its evaluations, its talent grid, export it, put it in a scenario).
 */
export const UNIT_PICK_ACTIONS: readonly Action[] = [
  'employee.list',
  'position.list',
  'evaluation.read',
  'evaluation.write',
  'talent.read',
  'data.export',
  'scenario.edit',
];

/**
 * The instansi's unit tree with seats, holders and vacancies per unit and per subtree. The structure
 * is public inside the instansi; each unit carries what the caller may do with it, so a picker
 * offers only the units the caller may choose (an OPD head: their own).
 */
export async function getUnitTree(ctx: AppContext, principal: Principal) {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'unit.read', instansi);
  const units = await listUnitTree(ctx.db, principal.instansiId);
  return {
    units: units.map((u) => unitNodeFor(principal, u)),
    actions: allowedActions(principal, instansi, ['unit.update', 'position.create']),
  };
}

/** One unit as the tree shows it, with what the caller may do with it. */
export function unitNodeFor(principal: Principal, u: UnitTreeNode) {
  return {
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
    actions: allowedActions(
      principal,
      { type: 'unit', instansiId: principal.instansiId, unitId: u.id },
      UNIT_PICK_ACTIONS,
    ),
  };
}
