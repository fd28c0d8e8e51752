import type { Principal } from '../../core/policies/roles.js';
import { isFinalState } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { getPlanRun } from './get-plan-run.js';
import { type PlanRunEvent, planJobs } from './plan-job-runner.js';

export type { PlanRunEvent };

/**
 * Follows a run until it ends: `onEvent` gets its current state at once, then every progress event
 * of this process's job, and a last event with `final: true`. The database is polled as well (every
 * `pollMs`), so a run held by another process, or one that ended before the subscription, still
 * reaches its end. Returns the function that stops watching (call it when the client leaves).
 */
export async function watchPlanRun(
  ctx: AppContext,
  principal: Principal,
  runId: number,
  onEvent: (event: PlanRunEvent) => void,
  options: { readonly pollMs?: number } = {},
): Promise<() => void> {
  const first = await getPlanRun(ctx, principal, runId);
  let stopped = false;
  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    stopped = true;
    unsubscribe();
    clearInterval(timer);
  };
  const send = (event: PlanRunEvent) => {
    if (stopped) return;
    onEvent(event);
    if (event.final) stop();
  };
  const fromRow = (view: typeof first): PlanRunEvent => ({
    runId,
    state: view.run.state,
    progress: view.run.progress,
    final: isFinalState(view.run.state),
  });
  send(fromRow(first));
  if (stopped) return stop;
  unsubscribe = planJobs(ctx).subscribe(runId, send);
  timer = setInterval(() => {
    getPlanRun(ctx, principal, runId).then((view) => {
      if (isFinalState(view.run.state)) send(fromRow(view));
    }, stop);
  }, options.pollMs ?? 1000);
  timer.unref();
  return stop;
}
