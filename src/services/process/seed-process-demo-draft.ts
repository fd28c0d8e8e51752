import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { createProposal } from './create-proposal.js';
import type { EligibleMove } from './find-eligible-moves.js';
import type { ProposalView } from './proposal-view.js';
import { META, on, type Round } from './seed-process-demo-context.js';
import { submitProposal } from './submit-proposal.js';
import { verifyProposal } from './verify-proposal.js';

const REASONS = [
  'Penyegaran organisasi dan pemerataan beban kerja',
  'Kebutuhan organisasi pada unit tujuan',
  'Pengembangan karier sesuai kompetensi',
];

/** The items of a hand-made draft: each move with one of the demo's reasons and its legal ground. */
export const handItems = (moves: readonly EligibleMove[]) =>
  moves.map((m, i) => ({
    nip: m.nip,
    toPositionId: m.toPositionId,
    reason: REASONS[i % REASONS.length]!,
    legalGround: 'PP 11/2017 Pasal 190 jo. PP 17/2020',
  }));

/** A hand-made draft of the moves found by `findEligibleMoves`. */
export const draftByHand =
  (ctx: AppContext, people: Record<string, Principal>, moves: readonly EligibleMove[]) =>
  async (round: Round): Promise<ProposalView> =>
    createProposal(
      on(ctx, round.created),
      people.operator!,
      {
        title: round.title,
        round: round.round,
        tmt: round.tmt as LocalDate,
        items: handItems(moves),
      },
      META,
    );

/**
 * A draft made by `draft`, submitted by the operator and verified by the head of BKPSDM; `beforeVerify`
 * runs on the submitted proposal (e.g. the head records a tenure exception).
 */
export async function draftAndVerify(
  ctx: AppContext,
  people: Record<string, Principal>,
  draft: (round: Round) => Promise<ProposalView>,
  round: Round,
  beforeVerify: (v: ProposalView) => Promise<ProposalView> = async (v) => v,
): Promise<ProposalView> {
  let v = await draft(round);
  v = await submitProposal(
    on(ctx, round.created),
    people.operator!,
    { proposalId: v.proposal.id, version: v.proposal.version },
    META,
  );
  v = await beforeVerify(v);
  return verifyProposal(
    on(ctx, round.verified),
    people.head!,
    { proposalId: v.proposal.id, version: v.proposal.version },
    META,
  );
}
