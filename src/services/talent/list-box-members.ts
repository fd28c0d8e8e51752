import type { Principal } from '../../core/policies/roles.js';
import { rosterRows, unitNames } from '../../store/repositories/evaluation-roster.js';
import type { AppContext } from '../app-context.js';
import { scopedResults, type TalentQuery } from './talent-scope.js';

/**
 * The members of one box of a period's talent grid, best index first, with their current position
 * and the unit they were evaluated in: what clicking a box shows. Scope as the grid itself.
 */
export async function listBoxMembers(
  ctx: AppContext,
  principal: Principal,
  query: TalentQuery & { readonly box: number },
) {
  const scoped = await scopedResults(ctx, principal, query);
  const people = scoped.people
    .filter((p) => p.result.box === query.box)
    .sort((a, b) => b.result.index - a.result.index || a.name.localeCompare(b.name));
  const [rows, units] = await Promise.all([
    rosterRows(
      ctx.db,
      principal.instansiId,
      people.map((p) => p.employeeId),
    ),
    unitNames(
      ctx.db,
      principal.instansiId,
      people.flatMap((p) => (p.unitId === null ? [] : [p.unitId])),
    ),
  ]);
  return {
    periodId: scoped.period.id,
    box: query.box,
    members: people.map((p) => ({
      employeeId: p.employeeId,
      nip: p.nip,
      name: p.name,
      positionName: rows.get(p.employeeId)?.positionName ?? null,
      unitId: p.unitId,
      unitName: p.unitId === null ? null : (units.get(p.unitId) ?? null),
      predikat: p.result.predikat,
      index: p.result.index,
      potentialLevel: p.result.potential.level,
      poolMember: p.result.pool.member,
    })),
  };
}
