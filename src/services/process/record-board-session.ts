import type { Transaction } from 'kysely';
import type { Principal } from '../../core/policies/roles.js';
import { assertStep, type BoardSessionStep } from '../../core/workflow/board-session-permissions.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { lockBoardSession, setAttendance } from '../../store/repositories/process-board.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { type BoardSessionView, buildSessionView, loadBoardWorldFor, refuseIssues } from './board-view.js';

export type Meta = { ip: string | null };

/** What a write on a session leaves in the audit log (one entry per request). */
export interface SessionChange {
  readonly action: string;
  readonly after: Record<string, unknown>;
}

/**
 * Runs one change on a session: refuses a caller who may not take the step (403 with the rule,
 * before anything else), then, in one transaction, takes the session's lock (its version when the
 * caller sends one, otherwise the row lock alone), reloads the session as it now is, checks the
 * step again and lets `work` validate and write, and appends one audit entry. Returns the session
 * as it is after the change.
 */
export async function changeSession(
  ctx: AppContext,
  principal: Principal,
  sessionId: number,
  step: BoardSessionStep,
  version: number | null,
  meta: Meta,
  work: (trx: Transaction<Database>, view: BoardSessionView) => Promise<SessionChange>,
): Promise<BoardSessionView> {
  assertStep(
    buildSessionView(principal, await loadBoardWorldFor(ctx, principal, sessionId)).permissions,
    step,
  );
  await ctx.db.transaction().execute(async (trx) => {
    if (version === null) await lockBoardSession(trx, sessionId);
    else await updateWithVersion(trx, 'board_sessions', sessionId, version, {});
    const view = buildSessionView(principal, await loadBoardWorldFor(ctx, principal, sessionId, trx));
    assertStep(view.permissions, step);
    const change = await work(trx, view);
    await appendAudit(trx, {
      instansiId: view.session.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: change.action,
      entityType: 'board_session',
      entityId: view.session.number,
      before: { version: version ?? view.session.version },
      after: { version: view.session.version, ...change.after },
      occurredAt: ctx.now(),
    });
  });
  return buildSessionView(principal, await loadBoardWorldFor(ctx, principal, sessionId));
}

/** Takes attendance: who of the members is present. Only the chair or the secretary. */
export async function recordAttendance(
  ctx: AppContext,
  principal: Principal,
  input: {
    sessionId: number;
    version: number;
    attendance: readonly { memberId: number; present: boolean }[];
  },
  meta: Meta,
): Promise<BoardSessionView> {
  return changeSession(
    ctx,
    principal,
    input.sessionId,
    'attendance',
    input.version,
    meta,
    async (trx, view) => {
      const known = new Set(view.members.map((m) => m.id));
      refuseIssues(
        input.attendance.flatMap((a, i) =>
          known.has(a.memberId)
            ? []
            : [
                {
                  field: `attendance.${i}.memberId`,
                  value: a.memberId,
                  code: 'VALIDATION_FAILED' as const,
                  rule: 'SESSION_MEMBER',
                  message: {
                    id: 'Anggota tidak terdaftar dalam sidang ini',
                    en: 'Not a member of this session',
                  },
                },
              ],
        ),
      );
      await setAttendance(trx, view.session.id, input.attendance);
      const name = new Map(view.members.map((m) => [m.id, m.name]));
      return {
        action: 'board.attendance',
        after: {
          attendance: input.attendance.map((a) => ({ member: name.get(a.memberId), present: a.present })),
        },
      };
    },
  );
}
