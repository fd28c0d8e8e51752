import type { Principal } from '../../core/policies/roles.js';
import { listItems } from '../../store/repositories/process-items.js';
import type { AppContext } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import { judgeProposalMoves, type ProposalJudgement, storeJudgement } from './judge-proposal-moves.js';
import type { ProposalView } from './proposal-view.js';

/**
 * Verification by the head of BKPSDM: every move's eligibility is judged on the proposal's TMT
 * (DOMAIN.md 15.6; recorded exceptions to the 2-year minimum count) and stored on the item; a
 * blocking rule refuses the transition (WORKFLOW_ELIGIBILITY_BLOCKED, naming each NIP and rule) and
 * nothing is stored. The election-period rules are left to the SK (issue-decree), where the
 * Minister's approval is checked against the SK date.
 */
export async function verifyProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  let judged: ProposalJudgement | null = null;
  return applyTransition(ctx, principal, 'verify', input, meta, {
    facts: async (proposal) => {
      judged = await judgeProposalMoves(ctx, proposal, await listItems(ctx.db, [proposal.id]));
      return { blocked: judged.blocked };
    },
    write: async (trx, proposal) => (judged ? storeJudgement(trx, proposal, judged) : {}),
  });
}
