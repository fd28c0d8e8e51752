import { DEFAULT_MATCHING_POLICY } from '../../core/matching/index.js';
import { addYears, type LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { DEFAULT_PLAN_OBJECTIVES, type PlanScenario } from '../../core/solver/plan/plan-types.js';
import { finishPlanRun, insertPlanRun, markPlanRunStarted } from '../../store/repositories/planning-runs.js';
import { listTenuredPnsNips } from '../../store/repositories/process-eligible-moves.js';
import type { AppContext } from '../app-context.js';
import { computePlan } from '../planning/compute-plan.js';
import { endOf } from '../planning/plan-run-end.js';
import { writeScenario } from '../planning/save-scenario.js';
import type { EligibleMove } from './find-eligible-moves.js';
import { on, type Round } from './seed-process-demo-context.js';

/** People the demo plan may move (tenured PNS, in id order) and the most moves it may make. */
const PLAN_PEOPLE = 40;
const PLAN_MAX_MOVES = 4;

/**
 * The plan round 2025-II starts from: a VACANCIES scenario for the posts of the moves found, open to
 * the people found and the first tenured PNS of the city (so it costs a fraction of a second even
 * on 2,500 employees), with the default move cost and at most PLAN_MAX_MOVES moves, so the plan picks
 * the best-fitting people for the vacancies and their vacated posts, as a real round would. Computed
 * on this thread and stored as a finished run (the plans page and the transparency page show it).
 * Null when it moves nobody.
 */
export async function seedDemoPlan(
  ctx: AppContext,
  instansiId: number,
  people: Record<string, Principal>,
  moves: readonly EligibleMove[],
  round: Round,
): Promise<number | null> {
  const tenured = await listTenuredPnsNips(
    ctx.db,
    instansiId,
    addYears(round.verified as LocalDate, -2),
    PLAN_PEOPLE,
  );
  const scope = {
    mode: 'VACANCIES' as const,
    unitIds: [],
    positionIds: moves.map((m) => m.toPositionId),
    nips: [...new Set([...moves.map((m) => m.nip), ...tenured])],
  };
  const objectives = { ...DEFAULT_PLAN_OBJECTIVES, moveCost: 0, maxMoves: PLAN_MAX_MOVES };
  const at = on(ctx, round.created).now();
  const scenario = await ctx.db.transaction().execute((trx) =>
    writeScenario(
      trx,
      instansiId,
      null,
      {
        name: `Pengisian formasi kosong ${round.round}`,
        description: 'Rencana yang menjadi dasar usulan mutasi periode II 2025 (data demo).',
        scope,
        objectives,
      },
      { userId: people.operator!.userId, ip: null, at },
    ),
  );
  const definition: PlanScenario = {
    name: scenario.name,
    scope,
    policyVersion: scenario.definition.policyVersion ?? DEFAULT_MATCHING_POLICY.version,
    objectives,
  };
  const outcome = await computePlan(ctx, definition, round.verified as LocalDate, instansiId);
  const run = await insertPlanRun(ctx.db, instansiId, {
    scenarioId: scenario.scenarioId,
    scenarioVersion: scenario.version,
    asOf: round.verified,
    requestedAt: at.toISOString(),
    requestedByUserId: people.operator!.userId,
  });
  await markPlanRunStarted(ctx.db, run.id, at.toISOString());
  await finishPlanRun(ctx.db, run.id, endOf(outcome, at.toISOString()));
  return outcome.status === 'OPTIMAL' && outcome.moves.length > 0 ? run.id : null;
}
