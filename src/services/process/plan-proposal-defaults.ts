import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  type DefaultReason,
  defaultProposalTitle,
  earliestTmt,
  proposalDefaultsFromPlan,
} from '../../core/workflow/round-defaults.js';
import type { ScheduleCheck } from '../../core/workflow/schedule-checks.js';
import { openProposalsOfEmployees } from '../../store/repositories/process-items.js';
import type { AppContext } from '../app-context.js';
import { loadScheduleContext, scheduleChecks } from './proposal-schedule.js';
import { loadSucceededPlan } from './propose-from-plan.js';

export interface PlanProposalDefaultsView {
  readonly planId: number;
  readonly scenarioName: string;
  readonly planVersion: number;
  readonly planAsOf: LocalDate;
  readonly moveCount: number;
  readonly title: string;
  readonly round: string;
  readonly tmt: LocalDate;
  /** The earliest TMT that leaves room for the announcement and the objection window. */
  readonly earliestTmt: LocalDate;
  readonly objectionWindowDays: number;
  /** Why the round and TMT have their default values. */
  readonly reasons: readonly DefaultReason[];
  /** The checks of the round and TMT asked about (the defaults when none is given). */
  readonly checks: readonly ScheduleCheck[];
  /** The plan's people already in an open proposal, with its number: proposing them again is a 409. */
  readonly busy: readonly { nip: string; proposalId: number; proposalNumber: string }[];
}

/**
 * What the "propose from a plan" form starts with: the round, TMT and title the core derives from
 * the process settings and the plan's scenario (with the reasons), the checks of the values the
 * author is considering (`round`, `tmt`), and the plan's people who are already in an open proposal.
 */
export async function proposalDefaultsForPlan(
  ctx: AppContext,
  principal: Principal,
  planId: number,
  asked: { round?: string | undefined; tmt?: LocalDate | undefined },
): Promise<PlanProposalDefaultsView> {
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: principal.instansiId });
  const { found, plan } = await loadSucceededPlan(ctx, principal, planId);
  const [schedule, held] = await Promise.all([
    loadScheduleContext(ctx, principal.instansiId),
    openProposalsOfEmployees(
      ctx.db,
      principal.instansiId,
      plan.moves.map((m) => m.employeeId),
      0,
    ),
  ]);
  const defaults = proposalDefaultsFromPlan({
    today: schedule.today,
    objectionWindowDays: schedule.objectionWindowDays,
    scenarioName: found.scenarioName,
    planAsOf: plan.asOf,
  });
  const nipOf = new Map(plan.moves.map((m) => [m.employeeId, m.nip]));
  return {
    planId,
    scenarioName: found.scenarioName,
    planVersion: found.run.runNo,
    planAsOf: plan.asOf,
    moveCount: plan.moves.length,
    title: defaultProposalTitle(found.scenarioName, found.run.runNo),
    round: defaults.round,
    tmt: defaults.tmt,
    earliestTmt: earliestTmt(schedule.today, schedule.objectionWindowDays).earliest,
    objectionWindowDays: schedule.objectionWindowDays,
    reasons: defaults.reasons,
    checks: scheduleChecks(schedule, {
      round: asked.round ?? defaults.round,
      tmt: asked.tmt ?? defaults.tmt,
      planAsOf: plan.asOf,
    }),
    busy: held.map((h) => ({
      nip: nipOf.get(h.employeeId)!,
      proposalId: h.proposalId,
      proposalNumber: h.number,
    })),
  };
}
