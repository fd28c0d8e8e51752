import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { availableTransitions } from '../../core/workflow/decide-transition.js';
import type { Proposal } from '../../core/workflow/proposal-model.js';
import type { ProposalState, Transition } from '../../core/workflow/proposal-states.js';
import { type ForwardStep, waitingSteps } from '../../core/workflow/waiting-steps.js';
import { decreeSignedOnByProposal } from '../../store/repositories/process-decree-signings.js';
import { pendingObjectionCounts } from '../../store/repositories/process-objection-counts.js';
import { countItems, listProposals as listStored } from '../../store/repositories/process-proposals.js';
import { type AppContext, today } from '../app-context.js';

export interface ProposalSummary {
  readonly proposal: Proposal;
  readonly itemCount: number;
  /** What the caller may attempt on it now (ways out included). */
  readonly transitions: readonly Transition[];
  /** The forward steps waiting on the caller's desk now: non-empty means it is in their inbox. */
  readonly waiting: readonly ForwardStep[];
}

/**
 * Proposals of the caller's instansi, newest first; `inbox` keeps only those waiting for the
 * caller (a forward step on their desk, core/workflow/waiting-steps.ts), which is each role's
 * inbox and the dashboard's pending work.
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
  const asOf = today(ctx, principal.instansiId);
  // Open objections hold only announced proposals back (from taking effect).
  const objections = await pendingObjectionCounts(
    ctx.db,
    principal.instansiId,
    proposals.filter((p) => p.state === 'ANNOUNCED').map((p) => p.id),
  );
  // Only an issued SK waits for its signature (and announcing waits for that).
  const signed = await decreeSignedOnByProposal(
    ctx.db,
    principal.instansiId,
    proposals.filter((p) => p.state === 'SK_ISSUED').map((p) => p.id),
  );
  const actor = { userId: principal.userId, role: principal.role };
  const items = proposals
    .map((proposal) => {
      // State, role, author and dates decide the list; the content guards (eligibility, board
      // decisions, election window) speak when the step is taken, and keep it on the desk till then.
      const facts = {
        state: proposal.state,
        authorUserId: proposal.createdByUserId,
        tmt: proposal.tmt,
        announcedOn: proposal.announcedOn,
        blocked: [],
        boardDecisionComplete: true,
        electionUncoveredNips: [],
        pendingObjections: objections.get(proposal.id) ?? 0,
        decreeSignedOn: signed.get(proposal.id) ?? null,
        decreeFindings: [],
      };
      const windowDays = proposal.objectionWindowDays ?? 0;
      return {
        proposal,
        itemCount: counts.get(proposal.id) ?? 0,
        transitions: availableTransitions(facts, actor, asOf, windowDays),
        waiting: waitingSteps(facts, actor, asOf, windowDays),
      };
    })
    .filter((s) => !query.inbox || s.waiting.length > 0);
  return { items, actions: allowedActions(principal, resource, ['proposal.write', 'board.manage']) };
}
