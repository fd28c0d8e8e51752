import { DomainError } from '../../core/errors.js';
import { compareDates, type LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { boardOutcome } from '../../core/workflow/board-rules.js';
import { decisionsForProposal } from '../../store/repositories/process-board.js';
import { getDecreeOfProposal } from '../../store/repositories/process-decrees.js';
import { applyMoves, recordApplication } from '../../store/repositories/process-effect.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listObjections } from '../../store/repositories/process-objections.js';
import { type AppContext, today } from '../app-context.js';
import { actorId, applyTransition, type TransitionInput } from './apply-transition.js';
import { judgeProposalMoves, type ProposalJudgement, storeJudgement } from './judge-proposal-moves.js';
import type { ProposalView } from './proposal-view.js';

/**
 * The moves of an announced SK take effect: on `date` (default today, never a day still to come)
 * once the objection window has closed with no open objection and the TMT has come, and every
 * agreed move still passes the eligibility rules on the TMT (DOMAIN.md 15.6: a penalty imposed or a
 * status changed after the SK refuses it with WORKFLOW_ELIGIBILITY_BLOCKED naming the NIP and
 * rule). In one transaction: current assignments end the day before the TMT, new ones start on it, the
 * employees' current posts change, seats are checked, and the application is recorded; any failure
 * writes nothing.
 */
export async function takeEffect(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput & { date?: LocalDate | undefined },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const now = today(ctx, principal.instansiId);
  const asOf = input.date ?? now;
  if (compareDates(asOf, now) > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: `Tanggal ${asOf} belum tiba`, en: `${asOf} is still to come` },
      { field: 'date', value: asOf, rule: 'NOT_IN_FUTURE' },
    );
  }
  let judged: ProposalJudgement | null = null;
  return applyTransition(ctx, principal, 'takeEffect', input, meta, {
    asOf,
    facts: async (proposal) => {
      // Note: an upheld objection means the SK must be cancelled and corrected, never applied.
      if ((await listObjections(ctx.db, proposal.id)).some((o) => o.decision === 'UPHELD')) {
        throw new DomainError(
          'CONFLICT',
          {
            id: 'Ada sanggahan yang diterima; batalkan SK dan terbitkan SK perbaikan',
            en: 'An objection was upheld; cancel the SK and issue a corrected one',
          },
          { field: 'objections', value: proposal.number, rule: 'OBJECTION_UPHELD' },
        );
      }
      const [items, decisions] = await Promise.all([
        listItems(ctx.db, [proposal.id]),
        decisionsForProposal(ctx.db, proposal.id),
      ]);
      const agreed = new Set(
        boardOutcome(
          items.map((i) => i.id),
          decisions,
        ).agreed,
      );
      judged = await judgeProposalMoves(
        ctx,
        proposal,
        items.filter((i) => agreed.has(i.id)),
      );
      return { blocked: judged.blocked };
    },
    write: async (trx, proposal) => {
      const [items, decisions, decree] = await Promise.all([
        listItems(trx, [proposal.id]),
        decisionsForProposal(trx, proposal.id),
        getDecreeOfProposal(trx, proposal.instansiId, proposal.id),
      ]);
      const agreed = new Set(
        boardOutcome(
          items.map((i) => i.id),
          decisions,
        ).agreed,
      );
      const moves = items
        .filter((i) => agreed.has(i.id))
        .map((i) => ({
          employeeId: i.employeeId,
          nip: i.nip,
          fromPositionId: i.fromPositionId,
          toPositionId: i.toPositionId,
        }));
      const applied = await applyMoves(
        trx,
        proposal.instansiId,
        moves,
        proposal.tmt,
        decree?.number ?? proposal.number,
      );
      await recordApplication(trx, {
        instansiId: proposal.instansiId,
        proposalId: proposal.id,
        appliedOn: asOf,
        userId: actorId(principal),
        changes: applied,
        at: ctx.now().toISOString(),
      });
      const checked = judged ? await storeJudgement(trx, proposal, judged) : {};
      return { appliedOn: asOf, tmt: proposal.tmt, moves: applied, ...checked };
    },
  });
}
