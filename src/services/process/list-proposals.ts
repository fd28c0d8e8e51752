import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { availableTransitions } from '../../core/workflow/decide-transition.js';
import type { Proposal } from '../../core/workflow/proposal-model.js';
import type { ProposalState, Transition } from '../../core/workflow/proposal-states.js';
import { countItems, listProposals as listStored } from '../../store/repositories/process-proposals.js';
import { type AppContext, today } from '../app-context.js';

export interface ProposalSummary {
  readonly proposal: Proposal;
  readonly itemCount: number;
  /** What the caller may attempt on it now: non-empty means it waits on the caller's desk. */
  readonly transitions: readonly Transition[];
}

/**
 * Proposals of the caller's instansi, newest first; `inbox` keeps only those waiting for the
 * caller (a transition their role may take now), which is each role's inbox.
 */
export async function listProposals(
  ctx: AppContext,
  principal: Principal,
  query: {
    states?: readonly ProposalState[] | undefined;
    round?: string | undefined;
    inbox?: boolean | undefined;
  },
): Promise<{ items: ProposalSummary[]; actions: Action[] }> {
  const resource = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'proposal.read', resource);
  const proposals = await listStored(ctx.db, principal.instansiId, query);
  const counts = await countItems(
    ctx.db,
    proposals.map((p) => p.id),
  );
  const asOf = today(ctx);
  const items = proposals
    .map((proposal) => ({
      proposal,
      itemCount: counts.get(proposal.id) ?? 0,
      // Only state, role and author matter for the list; the guards speak when the step is taken.
      transitions: availableTransitions(
        {
          state: proposal.state,
          authorUserId: proposal.createdByUserId,
          tmt: proposal.tmt,
          announcedOn: proposal.announcedOn,
          blocked: [],
          boardDecisionComplete: true,
          electionUncoveredNips: [],
          pendingObjections: 0,
        },
        { userId: principal.userId, role: principal.role },
        asOf,
        proposal.objectionWindowDays ?? 0,
      ),
    }))
    .filter((s) => !query.inbox || s.transitions.length > 0);
  return { items, actions: allowedActions(principal, resource, ['proposal.write', 'board.manage']) };
}
