import type { LocalDate } from '../../core/model/local-date.js';
import {
  buildPlan,
  type PlanHooks,
  type PlanOutcome,
  type PlanScenario,
} from '../../core/solver/plan/index.js';
import type { AppContext } from '../app-context.js';
import { loadPlanInput } from './load-plan-input.js';

/**
 * Loads a scenario's input and builds its plan on this thread (CLI, tests). The background job
 * instead loads with `loadPlanInput` here and runs `buildPlan` in a worker thread.
 * @example (await computePlan(ctx, scenario, asOf, instansiId)).status // 'OPTIMAL'
 */
export async function computePlan(
  ctx: AppContext,
  scenario: PlanScenario,
  asOf: LocalDate,
  instansiId: number,
  hooks: PlanHooks = {},
): Promise<PlanOutcome> {
  const input = await loadPlanInput(ctx, scenario, asOf, instansiId);
  return buildPlan(input, { clock: () => performance.now(), ...hooks });
}
