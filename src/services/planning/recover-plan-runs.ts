import { appendAudit } from '../../store/repositories/audit.js';
import { failAbandonedPlanRuns } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { planJobs } from './plan-job-runner.js';

/**
 * At server start: runs left QUEUED or RUNNING by a process that crashed (their queue and threads
 * died with it) become FAILED, with one audit entry. Assumes one server process per database.
 * At server stop: the jobs of this process end as FAILED the same way.
 */
export async function recoverPlanRuns(ctx: AppContext): Promise<number[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const ids = await failAbandonedPlanRuns(trx, ctx.now().toISOString(), {
      code: 'PLAN_RUN_INTERRUPTED',
      message: {
        id: 'Perhitungan terhenti karena server dimulai ulang; jalankan lagi',
        en: 'The run stopped because the server restarted; run it again',
      },
    });
    if (ids.length > 0) {
      await appendAudit(trx, {
        instansiId: null,
        actorUserId: null,
        actorIp: null,
        action: 'plan.recover',
        entityType: 'plan_run',
        entityId: ids.join(','),
        before: { state: 'RUNNING' },
        after: { state: 'FAILED', runs: ids },
        occurredAt: ctx.now(),
      });
    }
    return ids;
  });
}

/** Stops this process's plan jobs (server shutdown). */
export function stopPlanJobs(ctx: AppContext): Promise<void> {
  return planJobs(ctx).shutdown();
}
