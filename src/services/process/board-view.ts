import { DomainError } from '../../core/errors.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { BoardSession, ProposalItem } from '../../core/workflow/proposal-model.js';
import { getBoardSession, listBoardSessions as listStored } from '../../store/repositories/process-board.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listProposals } from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';

export interface BoardSessionView {
  readonly session: BoardSession;
  /** The candidates on the agenda, with their proposal's number and state. */
  readonly candidates: readonly (ProposalItem & { proposalNumber: string; proposalState: string })[];
  readonly actions: readonly Action[];
}

export async function loadSessionFor(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<BoardSession> {
  authorize(principal, 'board.read', { type: 'instansi', instansiId: principal.instansiId });
  const s = await getBoardSession(ctx.db, principal.instansiId, id);
  if (!s) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `Sidang TPK #${id} tidak ditemukan`, en: `Board session #${id} not found` },
      { field: 'id', value: id },
    );
  }
  return s;
}

export async function buildSessionView(
  ctx: AppContext,
  principal: Principal,
  session: BoardSession,
): Promise<BoardSessionView> {
  const proposals = (await listProposals(ctx.db, session.instansiId)).filter((p) =>
    session.proposalIds.includes(p.id),
  );
  const items = await listItems(ctx.db, session.proposalIds);
  const byId = new Map(proposals.map((p) => [p.id, p]));
  return {
    session,
    candidates: items.map((i) => ({
      ...i,
      proposalNumber: byId.get(i.proposalId)?.number ?? '',
      proposalState: byId.get(i.proposalId)?.state ?? '',
    })),
    actions: allowedActions(principal, { type: 'instansi', instansiId: session.instansiId }, [
      'board.manage',
    ]),
  };
}

export async function getBoardSessionView(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<BoardSessionView> {
  return buildSessionView(ctx, principal, await loadSessionFor(ctx, principal, id));
}

export async function listBoardSessions(ctx: AppContext, principal: Principal) {
  const resource = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'board.read', resource);
  const rows = await listStored(ctx.db, principal.instansiId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      heldOn: r.held_on,
      place: r.place,
      version: r.version,
    })),
    actions: allowedActions(principal, resource, ['board.manage']),
  };
}
