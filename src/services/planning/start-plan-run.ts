import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanScenario, PlanTotals } from '../../core/solver/plan/plan-types.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { insertPlanRun } from '../../store/repositories/planning-runs.js';
import { getScenarioVersion } from '../../store/repositories/planning-scenarios.js';
import { isUniqueViolation } from '../../store/repositories/planning-unique.js';
import { type AppContext, today } from '../app-context.js';
import { loadPlanInput } from './load-plan-input.js';
import { planJobs } from './plan-job-runner.js';
import { type PlanRunView, withScenarioNames } from './plan-run-view.js';
import { actorId, type CallMeta, instansiResource, scenarioNotFound } from './planning-access.js';

/**
 * Queues a plan run of a scenario version (the current one by default) as of a date (today by
 * default) and returns at once: the run is RUNNING (phase LOADING) when it started, QUEUED when it
 * waits behind another; the background job loads the input, builds the plan in a worker thread and
 * stores the outcome. Each run is a new plan version of its scenario.
 */
export async function startPlanRun(
  ctx: AppContext,
  principal: Principal,
  scenarioId: number,
  options: { readonly asOf?: LocalDate | undefined; readonly version?: number | undefined },
  meta: CallMeta,
): Promise<PlanRunView> {
  authorize(principal, 'plan.run', instansiResource(principal));
  const { instansiId } = principal;
  const scenario = await getScenarioVersion<PlanScenario>(ctx.db, instansiId, scenarioId, options.version);
  if (!scenario) throw scenarioNotFound(scenarioId);
  const asOf = options.asOf ?? today(ctx, principal.instansiId);
  const queue = () =>
    ctx.db.transaction().execute(async (trx) => {
      const queued = await insertPlanRun<PlanTotals>(trx, instansiId, {
        scenarioId,
        scenarioVersion: scenario.version,
        asOf,
        requestedAt: ctx.now().toISOString(),
        requestedByUserId: actorId(principal),
      });
      await appendAudit(trx, {
        instansiId,
        actorUserId: actorId(principal),
        actorIp: meta.ip,
        action: 'plan.run',
        entityType: 'plan_run',
        entityId: queued.id,
        before: null,
        after: { scenarioId, scenarioVersion: scenario.version, planVersion: queued.runNo, asOf },
        occurredAt: ctx.now(),
      });
      return queued;
    });
  const run = await retryOnUniqueViolation(queue);
  // The answer shows the run started (RUNNING, loading) when no other run holds the worker, so a
  // screen shows its first phase at once instead of "waiting" until its first event arrives.
  const started = await planJobs(ctx).enqueue({
    runId: run.id,
    instansiId,
    load: () => loadPlanInput(ctx, scenario.definition, asOf, instansiId),
  });
  const shown = started
    ? { ...run, state: started.state, startedAt: started.startedAt, progress: started.progress }
    : run;
  const [view] = await withScenarioNames(ctx.db, [shown]);
  return view!;
}

/** Two runs of one scenario queued at once may pick the same plan version; the loser tries again. */
async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) throw error;
    }
  }
}
