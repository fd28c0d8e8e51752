import type { Candidate } from '../../core/matching/index.js';
import type { Unit } from '../../core/model/unit.js';
import type { PlanHolder, PlanUnit } from '../../core/solver/plan/index.js';

/** Current holders as the plan builder reads them: every employee with a current post. */
export function planHoldersOf(candidates: readonly Candidate[]): PlanHolder[] {
  return candidates
    .filter((c) => c.employee.currentPositionId !== null)
    .map((c) => ({
      employeeId: c.employee.id,
      positionId: c.employee.currentPositionId!,
      since: c.employee.currentPositionSince,
    }));
}

/** Units with their parents (a unit scope takes the units below it), ordered by id. */
export function planUnitsOf(units: readonly Unit[]): PlanUnit[] {
  return units
    .map((u) => ({ id: u.id, parentId: u.parentId, code: u.code, name: u.name }))
    .sort((a, b) => a.id - b.id);
}
