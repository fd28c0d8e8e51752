import type { MendagriApproval } from '../../core/eligibility/index.js';
import { type LocalDate, toLocalDateIn } from '../../core/model/local-date.js';
import type { Nip } from '../../core/model/nip.js';
import { boardOutcome } from '../../core/workflow/board-rules.js';
import { checkDecree, type DecreeCheckFacts, type DecreeFinding } from '../../core/workflow/decree-check.js';
import { type DecreeTitle, decreeTitleOf } from '../../core/workflow/decree-title.js';
import { anyWindowOn, electionUncoveredNips } from '../../core/workflow/election-guard.js';
import type { AttachedApproval, Proposal, ProposalItem } from '../../core/workflow/proposal-model.js';
import { seatOverflows } from '../../core/workflow/seat-balance.js';
import { seatCounts } from '../../store/repositories/position-seats.js';
import { decisionsForProposal, latestSessionOfProposal } from '../../store/repositories/process-board.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listApprovals } from '../../store/repositories/process-objections.js';
import { listTransitions } from '../../store/repositories/process-proposals.js';
import { positionKinds } from '../../store/repositories/selections.js';
import { type AppContext, timeZoneOf } from '../app-context.js';
import { loadElectionSettings } from '../matching/election-settings.js';
import { jptSelectionsOfItems } from '../selection/jpt-selection-of-moves.js';
import { judgeProposalMoves, type ProposalJudgement } from './judge-proposal-moves.js';
import type { ProcessSettings } from './process-settings.js';
import { pairsOn } from './process-world.js';

/** Everything the SK of a proposal is made of and checked against, for one SK date. */
export interface DecreeWorld {
  /** The moves the board agreed to: the SK's lampiran. */
  readonly agreed: readonly ProposalItem[];
  readonly approvals: readonly AttachedApproval[];
  readonly minutes: { readonly number: string; readonly date: LocalDate } | null;
  /** The title chosen from the kinds of the posts the agreed moves go to. */
  readonly title: DecreeTitle;
  /** The agreed moves judged on the TMT (null when the board agreed to none). */
  readonly judged: ProposalJudgement | null;
  readonly facts: DecreeCheckFacts;
  readonly findings: readonly DecreeFinding[];
}

const asApproval = (a: AttachedApproval): MendagriApproval => ({
  letterNo: a.letterNo,
  letterDate: a.letterDate,
  subject: a.subject,
  coveredNips: a.coveredNips as Nip[],
  coveredPositionIds: [],
});

/**
 * Loads the SK's world in a fixed number of queries, whatever the number of moves: the board's
 * outcome and minutes, the PPK's approval day, the kinds of the target posts, the JPT selections,
 * the moves judged on the TMT (DOMAIN.md 15.6) and, when the SK date or the TMT falls in an
 * election window, the people no Mendagri approval covers on either day (UU 10/2016; DOMAIN.md 9).
 * Then asks the core what is missing (`checkDecree`). Used by the check and by issuing the SK.
 */
export async function loadDecreeWorld(
  ctx: AppContext,
  proposal: Proposal,
  skDate: LocalDate,
  settings: ProcessSettings,
): Promise<DecreeWorld> {
  const [items, decisions, approvals, minutes, history] = await Promise.all([
    listItems(ctx.db, [proposal.id]),
    decisionsForProposal(ctx.db, proposal.id),
    listApprovals(ctx.db, proposal.id),
    latestSessionOfProposal(ctx.db, proposal.id),
    listTransitions(ctx.db, proposal.id),
  ]);
  const outcome = boardOutcome(
    items.map((i) => i.id),
    decisions,
  );
  const agreed = items.filter((i) => outcome.agreed.includes(i.id));
  const [kinds, selections, seats] = await Promise.all([
    positionKinds(
      ctx.db,
      proposal.instansiId,
      agreed.map((i) => i.toPositionId),
    ),
    jptSelectionsOfItems(ctx, proposal.instansiId, agreed),
    seatCounts(
      ctx.db,
      proposal.instansiId,
      agreed.map((i) => i.toPositionId),
    ),
  ]);
  const agreedKinds = agreed.flatMap((i) => {
    const kind = kinds.get(i.toPositionId)?.kind;
    return kind ? [kind] : [];
  });
  const judged = agreed.length > 0 ? await judgeProposalMoves(ctx, proposal, agreed) : null;
  const uncovered = judged ? await uncoveredNips(ctx, proposal, skDate, judged, approvals) : [];
  const approvedAt = history.filter((h) => h.transition === 'approve').at(-1)?.occurredAt;
  const selectionless = new Set(selections.filter((s) => s.state !== 'COMPLETED').map((s) => s.itemId));
  const facts: DecreeCheckFacts = {
    skDate,
    tmt: proposal.tmt,
    skSignatory: settings.skSignatory,
    excerptSigner: settings.excerptSigner,
    boardComplete: items.length > 0 && outcome.complete,
    agreedKinds,
    minutes,
    approvedOn: approvedAt ? toLocalDateIn(new Date(approvedAt), timeZoneOf(ctx, proposal.instansiId)) : null,
    blocked: judged?.blocked ?? [],
    jptWithoutSelection: agreed.filter((i) => selectionless.has(i.id)).map((i) => i.nip),
    electionUncoveredNips: uncovered,
    seatOverflows: seatOverflows(agreed, seats),
  };
  return {
    agreed,
    approvals,
    minutes,
    title: decreeTitleOf(agreedKinds),
    judged,
    facts,
    findings: checkDecree(facts),
  };
}

/** In an election window on the SK date or the TMT: the NIPs no approval covers on either day. */
async function uncoveredNips(
  ctx: AppContext,
  proposal: Proposal,
  skDate: LocalDate,
  judged: ProposalJudgement,
  approvals: readonly AttachedApproval[],
): Promise<string[]> {
  const election = await loadElectionSettings(ctx, proposal.instansiId);
  if (!anyWindowOn(election.electionWindows, [skDate, proposal.tmt])) return [];
  const attached = approvals.map(asApproval);
  const uncovered = new Set<string>();
  for (const on of [skDate, proposal.tmt]) {
    const pairs = pairsOn(judged.facts, on);
    for (const nip of electionUncoveredNips(pairs, { ...judged.context, asOf: on }, attached))
      uncovered.add(nip);
  }
  return [...uncovered];
}
