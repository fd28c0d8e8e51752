import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Action } from '../../core/policies/actions.js';
import { authorize, can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { boardOutcome } from '../../core/workflow/board-rules.js';
import {
  type BlockedTransition,
  type ProposalFacts,
  transitionOffers,
} from '../../core/workflow/decide-transition.js';
import type { MoveSelection } from '../../core/workflow/jpt-selection-guard.js';
import type {
  AttachedApproval,
  Decree,
  Objection,
  Proposal,
  ProposalItem,
  TenureOverrideRecord,
  TransitionRecord,
} from '../../core/workflow/proposal-model.js';
import type { Transition } from '../../core/workflow/proposal-states.js';
import { TENURE_OVERRIDE_STATES } from '../../core/workflow/tenure-override-rules.js';
import { decisionsForProposal } from '../../store/repositories/process-board.js';
import { getDecreeOfProposal } from '../../store/repositories/process-decrees.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listApprovals, listObjections } from '../../store/repositories/process-objections.js';
import { listTenureOverrides } from '../../store/repositories/process-overrides.js';
import { getProposal, listTransitions } from '../../store/repositories/process-proposals.js';
import { type AppContext, today } from '../app-context.js';
import { jptSelectionsOfItems } from '../selection/jpt-selection-of-moves.js';
import { loadProcessSettings } from './process-settings.js';

export interface ProposalView {
  readonly proposal: Proposal;
  readonly items: readonly ProposalItem[];
  readonly history: readonly TransitionRecord[];
  readonly decisions: Awaited<ReturnType<typeof decisionsForProposal>>;
  readonly agreedItemIds: readonly number[];
  readonly decree: Decree | null;
  readonly objections: readonly Objection[];
  readonly approvals: readonly AttachedApproval[];
  /** The JPT selection standing of each move into a JPT post (DOMAIN.md 15.3): a warning before the SK. */
  readonly jptSelections: readonly MoveSelection[];
  /** Recorded exceptions to the 2-year minimum, one per move at most (DOMAIN.md 15.6). */
  readonly overrides: readonly TenureOverrideRecord[];
  /** Policy actions the caller may take on this proposal now. */
  readonly actions: readonly Action[];
  /** Workflow steps the caller may take now (the guards passed on today's facts). */
  readonly transitions: readonly Transition[];
  /** Steps at the caller's desk that a guard refuses today, with the reason to show. */
  readonly blockedTransitions: readonly BlockedTransition[];
}

export const notFoundProposal = (id: number) =>
  new DomainError(
    'NOT_FOUND',
    { id: `Usulan #${id} tidak ditemukan`, en: `Proposal #${id} not found` },
    { field: 'id', value: id },
  );

/** Loads a proposal of the caller's instansi after checking they may read proposals at all. */
export async function loadProposalFor(ctx: AppContext, principal: Principal, id: number): Promise<Proposal> {
  authorize(principal, 'proposal.read', { type: 'instansi', instansiId: principal.instansiId });
  const p = await getProposal(ctx.db, principal.instansiId, id);
  if (!p) throw notFoundProposal(id);
  return p;
}

/** Objections not decided yet (they stop the moves from taking effect; upheld ones too, see take-effect). */
export const openObjections = (objections: readonly Objection[]) =>
  objections.filter((o) => o.decision === null).length;

/**
 * The cheap facts every guard reads; verify and issue-sk add eligibility, the election check and the
 * pre-issue check of the SK.
 */
export function baseFacts(
  proposal: Proposal,
  items: readonly ProposalItem[],
  decisions: readonly { itemId: number; decision: 'AGREE' | 'DISAGREE' | 'DEFER' }[],
  objections: readonly Objection[],
  decreeSignedOn: LocalDate | null,
): ProposalFacts {
  return {
    state: proposal.state,
    authorUserId: proposal.createdByUserId,
    tmt: proposal.tmt,
    announcedOn: proposal.announcedOn,
    blocked: [],
    boardDecisionComplete:
      items.length > 0 &&
      boardOutcome(
        items.map((i) => i.id),
        decisions,
      ).complete,
    electionUncoveredNips: [],
    pendingObjections: openObjections(objections),
    decreeSignedOn,
    decreeFindings: [],
  };
}

/** Everything about one proposal, with what the caller may do next. */
export async function buildProposalView(
  ctx: AppContext,
  principal: Principal,
  proposal: Proposal,
): Promise<ProposalView> {
  const [items, history, decisions, decree, objections, approvals, overrides, settings] = await Promise.all([
    listItems(ctx.db, [proposal.id]),
    listTransitions(ctx.db, proposal.id),
    decisionsForProposal(ctx.db, proposal.id),
    getDecreeOfProposal(ctx.db, proposal.instansiId, proposal.id),
    listObjections(ctx.db, proposal.id),
    listApprovals(ctx.db, proposal.id),
    listTenureOverrides(ctx.db, [proposal.id]),
    loadProcessSettings(ctx, proposal.instansiId),
  ]);
  const facts = baseFacts(proposal, items, decisions, objections, decree?.signing?.signedOn ?? null);
  const jptSelections = await jptSelectionsOfItems(ctx, proposal.instansiId, items);
  const resource = { type: 'instansi', instansiId: proposal.instansiId } as const;
  const editable = proposal.state === 'DRAFT' || proposal.state === 'RETURNED';
  const inStage: Partial<Record<Action, boolean>> = {
    'proposal.write': editable || proposal.state === 'APPROVED',
    'objection.record': proposal.state === 'ANNOUNCED',
    'objection.decide': proposal.state === 'ANNOUNCED' && objections.some((o) => o.decision === null),
    'board.manage': proposal.state === 'VERIFIED',
    // Note: the author never approves an exception in their own proposal (record-tenure-override).
    'proposal.tenure-override':
      TENURE_OVERRIDE_STATES.includes(proposal.state) && proposal.createdByUserId !== principal.userId,
  };
  const actions = (Object.keys(inStage) as Action[]).filter((a) => inStage[a] && can(principal, a, resource));
  const offers = transitionOffers(
    facts,
    { userId: principal.userId, role: principal.role },
    today(ctx, proposal.instansiId),
    proposal.objectionWindowDays ?? settings.objectionWindowDays,
  );
  return {
    proposal,
    items,
    history,
    decisions,
    agreedItemIds: boardOutcome(
      items.map((i) => i.id),
      decisions,
    ).agreed,
    decree,
    objections,
    approvals,
    jptSelections,
    overrides,
    actions,
    transitions: offers.allowed,
    blockedTransitions: offers.blocked,
  };
}

/** `GET /proposals/:id`. */
export async function getProposalView(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<ProposalView> {
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, id));
}
