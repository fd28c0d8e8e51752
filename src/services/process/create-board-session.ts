import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { BoardMemberRole } from '../../core/workflow/board-rules.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { insertBoardSession } from '../../store/repositories/process-board.js';
import { getProposal } from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { type BoardSessionView, buildSessionView, loadSessionFor } from './board-view.js';

export interface CreateBoardSessionInput {
  readonly number: string;
  readonly heldOn: LocalDate;
  readonly place: string;
  readonly members: readonly {
    name: string;
    positionTitle: string;
    role: BoardMemberRole;
    userId?: number | null | undefined;
  }[];
  /** The agenda: verified proposals the board will decide on. */
  readonly proposalIds: readonly number[];
}

/** Opens a review board session with its members (attendance not yet taken) and its agenda. */
export async function createBoardSession(
  ctx: AppContext,
  principal: Principal,
  input: CreateBoardSessionInput,
  meta: { ip: string | null },
): Promise<BoardSessionView> {
  authorize(principal, 'board.manage', { type: 'instansi', instansiId: principal.instansiId });
  for (const [index, id] of input.proposalIds.entries()) {
    const p = await getProposal(ctx.db, principal.instansiId, id);
    if (p?.state !== 'VERIFIED') {
      throw new DomainError(
        p ? 'WORKFLOW_WRONG_STATE' : 'NOT_FOUND',
        {
          id: p
            ? `Usulan ${p.number} belum diverifikasi (status ${p.state})`
            : `Usulan #${id} tidak ditemukan`,
          en: p ? `Proposal ${p.number} is not verified (state ${p.state})` : `Proposal #${id} not found`,
        },
        { field: `proposalIds.${index}`, value: id, rule: 'AGENDA_VERIFIED_PROPOSALS' },
      );
    }
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const sessionId = await insertBoardSession(trx, {
      instansiId: principal.instansiId,
      number: input.number,
      heldOn: input.heldOn,
      place: input.place,
      members: input.members.map((m) => ({ ...m, userId: m.userId ?? null })),
      proposalIds: input.proposalIds,
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'board.session.create',
      entityType: 'board_session',
      entityId: input.number,
      before: null,
      after: {
        heldOn: input.heldOn,
        place: input.place,
        members: input.members.map((m) => m.name),
        proposalIds: input.proposalIds,
      },
      occurredAt: ctx.now(),
    });
    return sessionId;
  });
  return buildSessionView(ctx, principal, await loadSessionFor(ctx, principal, id));
}
