import { DomainError } from '../../core/errors.js';
import type { Instansi } from '../../core/model/unit.js';
import { type PlanPublicSummary, planSummaryOf } from '../../core/solver/plan/plan-public-summary.js';
import type { PlanOptimality, PlanOutcome } from '../../core/solver/plan/plan-types.js';
import { readPlanSummary, summaryIsOutdated } from '../../core/solver/plan/read-plan-summary.js';
import { getInstansiByCode, listInstansi } from '../../store/repositories/instansi.js';
import {
  fillMissingPlanSummary,
  getPlanSummary,
  upgradePlanSummary,
} from '../../store/repositories/planning-run-summary.js';
import { getPlanOutcome } from '../../store/repositories/planning-runs.js';
import { moveCountsOfRound } from '../../store/repositories/process-effect.js';
import { listProposals } from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';

export interface RoundTransparency {
  readonly round: string;
  readonly proposals: { readonly number: string; readonly state: string; readonly tmt: string }[];
  readonly byType: { readonly moveType: string; readonly count: number }[];
  readonly byUnit: { readonly unit: string; readonly count: number }[];
  /** The criteria and weights the plans used, and what each plan's certificates prove (issue 6). */
  readonly plans: {
    readonly planId: number;
    /** Read into the current shape whatever version was stored: aggregate fields only, no person. */
    readonly summary: PlanPublicSummary | null;
    /** What the plan proves about its scenario, move limit included (null: a summary from before). */
    readonly optimality: PlanOptimality | null;
  }[];
}

async function instansiFor(ctx: AppContext, code: string | undefined): Promise<Instansi> {
  const found = code ? await getInstansiByCode(ctx.db, code) : ((await listInstansi(ctx.db))[0] ?? null);
  if (!found) {
    throw new DomainError(
      'NOT_FOUND',
      { id: 'Instansi tidak ditemukan', en: 'Instansi not found' },
      { field: 'instansi', value: code ?? null },
    );
  }
  return found;
}

/**
 * A plan's public summary from the stored plan run itself (criteria, weights, certificate and what
 * it proves about the move limit), so the page shows what the solver proved rather than what a
 * client sent; the proposal's copy when the plan is gone or did not succeed. Only the summary stored
 * with the run is read, never the outcome (every move of the city), except once for a run that
 * ended before summaries were stored, or whose summary has an older shape (one that named the criteria
 * by code, or called a plan rationed to its limit OPTIMAL): it is derived again and replaced. Every
 * summary passes `readPlanSummary`, which keeps only the public fields of the current shape.
 */
async function summaryOfPlan(
  ctx: AppContext,
  instansiId: number,
  planId: number,
  fallback: unknown,
): Promise<PlanPublicSummary | null> {
  const run = await getPlanSummary(ctx.db, instansiId, planId);
  if (run?.summary && !summaryIsOutdated(run.summary)) return readPlanSummary(run.summary);
  if (run?.state !== 'SUCCEEDED') return readPlanSummary(fallback);
  // An outcome that no longer parses leaves the summary as stored.
  const outcome = await getPlanOutcome<PlanOutcome>(ctx.db, instansiId, planId).catch((e: unknown) => {
    if (e instanceof SyntaxError) return null;
    throw e;
  });
  if (outcome?.status !== 'OPTIMAL') return readPlanSummary(run.summary ?? fallback);
  const summary = planSummaryOf(outcome);
  if (run.summary) await upgradePlanSummary(ctx.db, instansiId, planId, run.summary, summary);
  else await fillMissingPlanSummary(ctx.db, instansiId, planId, summary);
  return readPlanSummary(summary);
}

/**
 * The public transparency page (no session, no personal data): per round, the proposals' numbers
 * and states, the numbers of decreed moves by type and by unit, and the plans' criteria, weights
 * and certificate status. Names and NIPs never leave this function.
 */
export async function getTransparency(
  ctx: AppContext,
  instansiCode?: string,
): Promise<{ instansi: string; rounds: RoundTransparency[] }> {
  const instansi = await instansiFor(ctx, instansiCode);
  // Drafts are the operator's work in progress: neither they nor a round that has only drafts show.
  const proposals = (await listProposals(ctx.db, instansi.id)).filter((p) => p.state !== 'DRAFT');
  const rounds = [...new Set(proposals.map((p) => p.round))].sort().reverse();
  const out: RoundTransparency[] = [];
  for (const round of rounds) {
    const inRound = proposals.filter((p) => p.round === round);
    const counts = await moveCountsOfRound(ctx.db, instansi.id, round);
    out.push({
      round,
      proposals: inRound.map((p) => ({ number: p.number, state: p.state, tmt: p.tmt })),
      ...counts,
      plans: await Promise.all(
        inRound
          .filter((p) => p.planId !== null)
          .map(async (p) => {
            const summary = await summaryOfPlan(ctx, instansi.id, p.planId!, p.planSummary);
            return { planId: p.planId!, summary, optimality: summary?.optimality ?? null };
          }),
      ),
    });
  }
  return { instansi: instansi.name, rounds: out };
}
