import type { Plan, PlanComparison, PlanComparisonMove, PlanMove } from './plan-types.js';

/**
 * Two plans side by side: the moves only one of them makes, the employees both move to different
 * posts, how many moves they share, and both totals.
 * @example comparePlans(a, b).onlyInA.map((m) => m.nip) // ['198504122010031001']
 */
export function comparePlans(a: Plan, b: Plan): PlanComparison {
  const inB = new Map<number, PlanMove>(b.moves.map((m) => [m.employeeId, m]));
  const inA = new Map<number, PlanMove>(a.moves.map((m) => [m.employeeId, m]));
  const changedDestination: PlanComparisonMove[] = [];
  let sameMoves = 0;
  for (const m of a.moves) {
    const other = inB.get(m.employeeId);
    if (!other) continue;
    if (other.toPositionId === m.toPositionId) sameMoves++;
    else
      changedDestination.push({
        employeeId: m.employeeId,
        nip: m.nip,
        toPositionIdA: m.toPositionId,
        toPositionIdB: other.toPositionId,
      });
  }
  return {
    onlyInA: a.moves.filter((m) => !inB.has(m.employeeId)),
    onlyInB: b.moves.filter((m) => !inA.has(m.employeeId)),
    changedDestination,
    sameMoves,
    totals: { a: a.totals, b: b.totals },
  };
}
