import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Proposal } from '../../core/workflow/proposal-model.js';
import { earliestTmt } from '../../core/workflow/round-defaults.js';
import type { ScheduleCheck } from '../../core/workflow/schedule-checks.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { getPlanRun } from '../../store/repositories/planning-runs.js';
import { listItems } from '../../store/repositories/process-items.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { judgeDraft, loadEditableDraft, storeDraftJudgement } from './draft-edit.js';
import { assertSchedule, loadScheduleContext, scheduleChecks } from './proposal-schedule.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

export interface UpdateDraftInput {
  readonly proposalId: number;
  readonly version: number;
  readonly title?: string | undefined;
  readonly round?: string | undefined;
  readonly tmt?: LocalDate | undefined;
}

/** The plan's date for a proposal made from a plan (its tenures were measured on it), else null. */
async function planAsOfOf(ctx: AppContext, proposal: Proposal): Promise<LocalDate | null> {
  if (proposal.planId === null) return null;
  const run = await getPlanRun(ctx.db, proposal.instansiId, proposal.planId);
  return (run?.asOf as LocalDate | undefined) ?? null;
}

/**
 * The checks of a round and TMT for a proposal (its own when not given): what the draft form shows
 * while the author types, the same the update refuses with.
 */
export async function draftScheduleChecks(
  ctx: AppContext,
  principal: Principal,
  proposalId: number,
  values: { round?: string | undefined; tmt?: LocalDate | undefined },
): Promise<{ round: string; tmt: LocalDate; earliestTmt: LocalDate; checks: ScheduleCheck[] }> {
  const proposal = await loadProposalFor(ctx, principal, proposalId);
  const [schedule, planAsOf] = await Promise.all([
    loadScheduleContext(ctx, proposal.instansiId),
    planAsOfOf(ctx, proposal),
  ]);
  const round = values.round ?? proposal.round;
  const tmt = values.tmt ?? proposal.tmt;
  const checks = scheduleChecks(schedule, { round, tmt, planAsOf });
  return {
    round,
    tmt,
    earliestTmt: earliestTmt(schedule.today, schedule.objectionWindowDays).earliest,
    checks,
  };
}

/**
 * Changes a draft's title, round or TMT. A new round or TMT is checked by the core (a 400 naming the
 * field for a TMT that leaves no room for the objection window or a malformed round), and every move
 * is judged again on the TMT (DOMAIN.md 15.6). One transaction, the version checked, audited with the
 * values before and after.
 */
export async function updateDraft(
  ctx: AppContext,
  principal: Principal,
  input: UpdateDraftInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadEditableDraft(ctx, principal, input.proposalId, input.version);
  const next = {
    title: input.title ?? proposal.title,
    round: input.round ?? proposal.round,
    tmt: input.tmt ?? proposal.tmt,
  };
  const changed = (['title', 'round', 'tmt'] as const).filter((k) => next[k] !== proposal[k]);
  if (changed.length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'Tidak ada yang diubah', en: 'Nothing to change' },
      { field: 'title', rule: 'SOMETHING_CHANGED' },
    );
  }
  if (changed.includes('round') || changed.includes('tmt')) {
    const [schedule, planAsOf] = await Promise.all([
      loadScheduleContext(ctx, proposal.instansiId),
      planAsOfOf(ctx, proposal),
    ]);
    assertSchedule(scheduleChecks(schedule, { round: next.round, tmt: next.tmt, planAsOf }));
  }
  const judged = await judgeDraft(ctx, proposal, next.tmt, await listItems(ctx.db, [proposal.id]));
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, next);
    const eligibility = await storeDraftJudgement(trx, judged);
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.update',
      entityType: 'proposal',
      entityId: proposal.number,
      before: { version: proposal.version, ...Object.fromEntries(changed.map((k) => [k, proposal[k]])) },
      after: {
        version: proposal.version + 1,
        ...Object.fromEntries(changed.map((k) => [k, next[k]])),
        eligibility,
        eligibilityOn: next.tmt,
      },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}
