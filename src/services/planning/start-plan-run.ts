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
import type { PlanRunView } from './plan-run-view.js';
import { actorId, type CallMeta, instansiResource, scenarioNotFound } from './planning-access.js';

/**
 * Queues a plan run of a scenario version (the current one by default) as of a date (today by
 * default) and returns at once: the run is QUEUED, the background job loads the input, builds the
 * plan in a worker thread and stores the outcome. Each run is a new plan version of its scenario.
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
  const asOf = options.asOf ?? today(ctx);
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
  planJobs(ctx).enqueue({
    runId: run.id,
    instansiId,
    load: () => loadPlanInput(ctx, scenario.definition, asOf, instansiId),
  });
  return { run, scenarioName: scenario.name };
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
