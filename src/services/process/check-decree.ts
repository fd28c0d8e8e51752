import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { decideTransition, type TransitionRefusal } from '../../core/workflow/decide-transition.js';
import type { DecreeFinding } from '../../core/workflow/decree-check.js';
import type { DecreeTitle } from '../../core/workflow/decree-title.js';
import { decisionsForProposal } from '../../store/repositories/process-board.js';
import { decreeSignedOnByProposal } from '../../store/repositories/process-decree-signings.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listObjections } from '../../store/repositories/process-objections.js';
import { type AppContext, today } from '../app-context.js';
import { loadDecreeWorld } from './decree-world.js';
import { loadProcessSettings } from './process-settings.js';
import { baseFacts, loadProposalFor } from './proposal-view.js';

export interface DecreeCheckView {
  readonly proposalId: number;
  /** The SK date the check was made for. */
  readonly date: LocalDate;
  /** The title the SK would carry, chosen from the kinds of posts, and the moves per kind. */
  readonly title: DecreeTitle;
  /** How many moves the SK would decree (those the board agreed to). */
  readonly moves: number;
  readonly findings: readonly DecreeFinding[];
  /** Whether the caller may issue the SK on this date now. */
  readonly allowed: boolean;
  /** Why not, when something other than the findings stops it (the state, the caller's role). */
  readonly refusal: Pick<TransitionRefusal, 'code' | 'message'> | null;
}

/**
 * `GET /proposals/:id/decree-check`: what the SK of the proposal would be on `date` (default today
 * at the instansi) and everything that keeps it from being issued, the same way issuing decides it
 * (`loadDecreeWorld` then `decideTransition`). Anyone who reads proposals may read it.
 */
export async function checkProposalDecree(
  ctx: AppContext,
  principal: Principal,
  proposalId: number,
  date?: LocalDate,
): Promise<DecreeCheckView> {
  const proposal = await loadProposalFor(ctx, principal, proposalId);
  const skDate = date ?? today(ctx, proposal.instansiId);
  const settings = await loadProcessSettings(ctx, proposal.instansiId);
  const [items, decisions, objections, signed, world] = await Promise.all([
    listItems(ctx.db, [proposal.id]),
    decisionsForProposal(ctx.db, proposal.id),
    listObjections(ctx.db, proposal.id),
    decreeSignedOnByProposal(ctx.db, proposal.instansiId, [proposal.id]),
    loadDecreeWorld(ctx, proposal, skDate, settings),
  ]);
  const facts = {
    ...baseFacts(proposal, items, decisions, objections, signed.get(proposal.id) ?? null),
    blocked: world.facts.blocked,
    electionUncoveredNips: world.facts.electionUncoveredNips,
    decreeFindings: world.findings,
  };
  const decision = decideTransition(facts, {
    transition: 'issueSk',
    actor: { userId: principal.userId, role: principal.role },
    reason: null,
    asOf: skDate,
    objectionWindowDays: proposal.objectionWindowDays ?? settings.objectionWindowDays,
  });
  // The findings speak for themselves; a refusal is reported when it says something else.
  const other = !decision.ok && !isFindingRefusal(decision.refusal.code) ? decision.refusal : null;
  return {
    proposalId: proposal.id,
    date: skDate,
    title: world.title,
    moves: world.agreed.length,
    findings: world.findings,
    allowed: decision.ok,
    refusal: other ? { code: other.code, message: other.message } : null,
  };
}

const isFindingRefusal = (code: TransitionRefusal['code']) =>
  code === 'WORKFLOW_DECREE_CHECK_FAILED' ||
  code === 'WORKFLOW_ELIGIBILITY_BLOCKED' ||
  code === 'WORKFLOW_ELECTION_WINDOW';
