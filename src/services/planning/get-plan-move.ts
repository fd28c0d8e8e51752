import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanMove } from '../../core/solver/plan/plan-types.js';
import type { AppContext } from '../app-context.js';
import { getPlan, type PlaceLabels } from './get-plan.js';

/**
 * One move of a finished plan with its explanation (the plan page asks for it when a move is
 * opened, so the plan itself travels without its explanations). 404 when the plan has no move of
 * that employee.
 */
export async function getPlanMove(
  ctx: AppContext,
  principal: Principal,
  runId: number,
  employeeId: number,
): Promise<{ move: PlanMove; labels: PlaceLabels }> {
  const found = await getPlan(ctx, principal, runId);
  const move =
    found.outcome?.status === 'OPTIMAL'
      ? found.outcome.moves.find((m) => m.employeeId === employeeId)
      : undefined;
  if (!move) {
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `Rencana #${runId} tidak memindahkan pegawai #${employeeId}`,
        en: `Plan #${runId} has no move of employee #${employeeId}`,
      },
      { field: 'employeeId', value: employeeId, rule: 'MOVE_IN_PLAN' },
    );
  }
  return { move, labels: found.labels };
}
