import { DEFAULT_MATCHING_POLICY } from '../../core/matching/policy.js';
import { DEFAULT_PLAN_OBJECTIVES, type PlanScenario } from '../../core/solver/plan/plan-types.js';
import { listInstansi } from '../../store/repositories/instansi.js';
import { type AppContext, today } from '../app-context.js';
import { sharedMatchingWorld } from '../matching/shared-matching-world.js';
import { loadPlanInput } from './load-plan-input.js';
import { planJobs } from './plan-job-runner.js';

/** People in the warm-up round: enough pairs for V8 to optimise scoring, solving and explaining. */
const WARM_UP_PEOPLE = 40;

/**
 * At server start (`npm start`), before anyone presses "Jalankan": loads each instansi's matching
 * world of today (kept between requests until data changes, `sharedMatchingWorld`) and warms the
 * plan worker with a small vacancy round of the first instansi, built and thrown away (nothing is
 * stored or audited). A planner's first whole-city run then waits for neither the load (about
 * half a second for 2,500 people), the thread's start (about a second) nor V8's first, slow build.
 * Returns the seconds it took; a failure is left for the first run to meet.
 * @example const seconds = await warmUpPlanning(ctx);
 */
export async function warmUpPlanning(ctx: AppContext): Promise<number> {
  const started = performance.now();
  const all = await listInstansi(ctx.db);
  for (const { id } of all) await sharedMatchingWorld(ctx, id);
  const first = all[0];
  if (first) {
    const world = await sharedMatchingWorld(ctx, first.id);
    const nips = world.candidates
      .filter((c) => c.employee.currentPositionId !== null)
      .slice(0, WARM_UP_PEOPLE)
      .map((c) => c.employee.nip);
    const scenario: PlanScenario = {
      name: 'warm-up',
      scope: { mode: 'VACANCIES', nips },
      policyVersion: DEFAULT_MATCHING_POLICY.version,
      // A limit that binds, so the bound solves (PROVING) are warmed as well.
      objectives: { ...DEFAULT_PLAN_OBJECTIVES, moveCost: 0, maxMoves: 3 },
    };
    if (nips.length > 0) {
      await planJobs(ctx).warmUp(() => loadPlanInput(ctx, scenario, today(ctx, first.id), first.id));
    }
  }
  return (performance.now() - started) / 1000;
}
