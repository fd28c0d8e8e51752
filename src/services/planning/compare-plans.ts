import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import { comparePlans as compare } from '../../core/solver/plan/compare-plans.js';
import type { Plan, PlanComparison } from '../../core/solver/plan/plan-types.js';
import type { AppContext } from '../app-context.js';
import { getPlan, type PlaceLabels } from './get-plan.js';
import type { PlanRunView } from './plan-run-view.js';

export interface PlanComparisonView {
  readonly a: PlanRunView;
  readonly b: PlanRunView;
  readonly comparison: PlanComparison;
  /** Employee names by id (a comparison row names the person). */
  readonly names: ReadonlyMap<number, string>;
  readonly labels: PlaceLabels;
  /** Each plan's posts with an empty seat before or after (the totals' seat changes come from them). */
  readonly unfilledSeats: { readonly a: Plan['unfilledSeats']; readonly b: Plan['unfilledSeats'] };
}

async function finishedPlan(
  ctx: AppContext,
  principal: Principal,
  runId: number,
  field: 'a' | 'b',
): Promise<{ view: PlanRunView; plan: Plan; labels: PlaceLabels }> {
  const found = await getPlan(ctx, principal, runId, field);
  if (found.outcome?.status !== 'OPTIMAL') {
    throw new DomainError(
      'CONFLICT',
      {
        id: `Rencana #${runId} belum berhasil dihitung (${found.run.state}); hanya rencana yang berhasil dapat dibandingkan`,
        en: `Plan #${runId} has no plan (${found.run.state}); only succeeded plans can be compared`,
      },
      { field, value: runId, rule: 'PLAN_SUCCEEDED' },
    );
  }
  return { view: found, plan: found.outcome, labels: found.labels };
}

/** Two plans side by side: moves in one and not the other, changed destinations, both totals. */
export async function comparePlans(
  ctx: AppContext,
  principal: Principal,
  ids: { readonly a: number; readonly b: number },
): Promise<PlanComparisonView> {
  const a = await finishedPlan(ctx, principal, ids.a, 'a');
  const b = await finishedPlan(ctx, principal, ids.b, 'b');
  const names = new Map<number, string>();
  for (const m of [...a.plan.moves, ...b.plan.moves]) names.set(m.employeeId, m.name);
  return {
    a: a.view,
    b: b.view,
    comparison: compare(a.plan, b.plan),
    names,
    labels: a.labels,
    unfilledSeats: { a: a.plan.unfilledSeats, b: b.plan.unfilledSeats },
  };
}
