import type { Transaction } from 'kysely';
import type { EligibilityContext } from '../../core/eligibility/context.js';
import { judgeMovesOnTmt, type MoveJudgement } from '../../core/workflow/judge-moves.js';
import type { Proposal, ProposalItem } from '../../core/workflow/proposal-model.js';
import { setItemEligibility } from '../../store/repositories/process-items.js';
import { listTenureOverrides } from '../../store/repositories/process-overrides.js';
import type { Database } from '../../store/schema.js';
import { type AppContext, today } from '../app-context.js';
import { loadMovesToJudge, type MoveFacts } from './process-world.js';

export interface ProposalJudgement extends MoveJudgement {
  /** The loaded moves and context, for the election guard at the SK (no second load). */
  readonly facts: readonly MoveFacts[];
  readonly context: EligibilityContext;
}

/**
 * Judges the given moves of a proposal on its TMT (DOMAIN.md 15.6) with the exceptions recorded for
 * them: one world for all the moves and one query for the overrides. Verification, the SK and taking
 * effect all call it, so a penalty imposed or a status changed after verification is still caught.
 */
export async function judgeProposalMoves(
  ctx: AppContext,
  proposal: Proposal,
  items: readonly ProposalItem[],
): Promise<ProposalJudgement> {
  const [{ moves, facts, eligibility }, overrides] = await Promise.all([
    loadMovesToJudge(ctx, proposal.instansiId, items),
    listTenureOverrides(ctx.db, [proposal.id]),
  ]);
  const judged = judgeMovesOnTmt(moves, {
    base: eligibility,
    tmt: proposal.tmt,
    checkedOn: today(ctx, proposal.instansiId),
    overrides,
  });
  return { ...judged, facts, context: eligibility };
}

/**
 * Stores each move's latest check in the transition's transaction and says what the audit entry
 * records about it: the statuses, the TMT judged on and the moves passed through an exception.
 */
export async function storeJudgement(
  trx: Transaction<Database>,
  proposal: Proposal,
  judged: MoveJudgement,
): Promise<Record<string, unknown>> {
  for (const [itemId, e] of judged.eligibility) await setItemEligibility(trx, itemId, e);
  return {
    eligibility: [...judged.eligibility.values()].map((e) => e.status),
    eligibilityOn: proposal.tmt,
    ...(judged.overridden.length > 0 ? { tenureOverrides: judged.overridden } : {}),
  };
}
