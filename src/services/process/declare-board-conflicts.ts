import type { Principal } from '../../core/policies/roles.js';
import { type OwnDeclarationRequest, planOwnDeclarations } from '../../core/workflow/board-declarations.js';
import { replaceDeclarations } from '../../store/repositories/process-board.js';
import type { AppContext } from '../app-context.js';
import type { BoardSessionView } from './board-view.js';
import { refuseIssues } from './board-view.js';
import { changeSession, type Meta } from './record-board-session.js';

/**
 * A member declares their own conflicts of interest about the candidates (PP 11/2017 Pasal 190(5)):
 * "none with anyone" in one action, a conflict with named candidates and none with the rest, or a
 * page of candidates at a time. The member is the signed-in account's seat in the session, never a
 * member id sent by the client, so nobody declares for someone else. Written in one transaction,
 * whatever the agenda's size, under the session's row lock (not its version: members declare side by
 * side while the chair keeps the record).
 */
export async function declareOwnConflicts(
  ctx: AppContext,
  principal: Principal,
  input: { sessionId: number; declaration: OwnDeclarationRequest },
  meta: Meta,
): Promise<BoardSessionView> {
  return changeSession(ctx, principal, input.sessionId, 'declare', null, meta, async (trx, view) => {
    // Note: `declare` is allowed only to a member, so `me` is the caller's own seat.
    const me = view.me!;
    const decided = new Set(view.session.decisions.map((d) => d.itemId));
    const existing = new Map(
      view.session.conflicts.filter((c) => c.memberId === me.id).map((c) => [c.itemId, c.hasConflict]),
    );
    const planned = planOwnDeclarations(input.declaration, {
      itemIds: view.candidates.map((c) => c.id),
      openItemIds: new Set(view.candidates.filter((c) => c.open).map((c) => c.id)),
      decidedItemIds: decided,
      existing,
      names: new Map(view.candidates.map((c) => [c.id, c.employeeName])),
    });
    if (!planned.ok) {
      refuseIssues(planned.issues);
      return { action: 'board.conflict', after: {} };
    }
    await replaceDeclarations(trx, {
      instansiId: view.session.instansiId,
      sessionId: view.session.id,
      memberId: me.id,
      rows: planned.rows,
      at: ctx.now().toISOString(),
    });
    const nip = new Map(view.candidates.map((c) => [c.id, c.nip]));
    return {
      action: 'board.conflict',
      after: {
        member: me.name,
        mode: input.declaration.mode,
        candidates: planned.rows.length,
        conflicts: planned.rows
          .filter((r) => r.hasConflict)
          .map((r) => ({ nip: nip.get(r.itemId), statement: r.statement })),
      },
    };
  });
}
