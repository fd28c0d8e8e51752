import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { finishPlanRun, requestPlanRunCancel } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { getPlanRun } from './get-plan-run.js';
import { planJobs } from './plan-job-runner.js';
import type { PlanRunView } from './plan-run-view.js';
import { actorId, type CallMeta, instansiResource } from './planning-access.js';

/**
 * Cancels a queued or running plan run. The request is recorded at once (with its audit entry); a
 * queued run ends CANCELLED immediately, a running one when its worker stops (the builder polls a
 * shared flag; the thread is terminated after a grace period). A run no process holds any more is
 * ended here. A finished plan is immutable: 409.
 */
export async function cancelPlanRun(
  ctx: AppContext,
  principal: Principal,
  runId: number,
  meta: CallMeta,
): Promise<PlanRunView> {
  authorize(principal, 'plan.cancel', instansiResource(principal));
  const current = await getPlanRun(ctx, principal, runId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await requestPlanRunCancel(trx, runId))) {
      throw new DomainError(
        'CONFLICT',
        {
          id: `Rencana #${runId} sudah selesai (${current.run.state}) dan tidak dapat dibatalkan`,
          en: `Plan #${runId} has already finished (${current.run.state}) and cannot be cancelled`,
        },
        { field: 'id', value: runId, rule: 'PLAN_RUN_ACTIVE' },
      );
    }
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'plan.cancel',
      entityType: 'plan_run',
      entityId: runId,
      before: { state: current.run.state },
      after: { cancelRequested: true },
      occurredAt: ctx.now(),
    });
  });
  const jobs = planJobs(ctx);
  if (!(await jobs.cancel(runId))) {
    await finishPlanRun(ctx.db, runId, { state: 'CANCELLED', finishedAt: ctx.now().toISOString() });
  }
  return getPlanRun(ctx, principal, runId);
}
