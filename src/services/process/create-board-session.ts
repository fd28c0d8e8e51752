import { DomainError, type FieldIssue } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { type BoardMemberChoice, boardCompositionIssues } from '../../core/workflow/board-members.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { boardSessionNumberTaken, insertBoardSession } from '../../store/repositories/process-board.js';
import { listBoardAccounts } from '../../store/repositories/process-board-reads.js';
import { listProposals } from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { type BoardSessionView, getBoardSessionView, refuseIssues } from './board-view.js';

export interface CreateBoardSessionInput {
  readonly number: string;
  readonly heldOn: LocalDate;
  readonly place: string;
  /** Review board accounts with their role in this session; name, NIP and post come from the account. */
  readonly members: readonly BoardMemberChoice[];
  /** The agenda: verified proposals the board will decide on. */
  readonly proposalIds: readonly number[];
}

/**
 * Opens a review board session: its members are review board accounts (one chair, one secretary,
 * the others members), each seated with the name, NIP and current post of the official the account
 * belongs to, and its agenda is verified proposals. Attendance is taken later by the chair or the
 * secretary; each member then declares their own conflicts of interest.
 */
export async function createBoardSession(
  ctx: AppContext,
  principal: Principal,
  input: CreateBoardSessionInput,
  meta: { ip: string | null },
): Promise<BoardSessionView> {
  authorize(principal, 'board.manage', { type: 'instansi', instansiId: principal.instansiId });
  const [accounts, proposals, taken] = await Promise.all([
    listBoardAccounts(
      ctx.db,
      principal.instansiId,
      input.members.map((m) => m.userId),
    ),
    listProposals(ctx.db, principal.instansiId, { states: ['VERIFIED'] }),
    boardSessionNumberTaken(ctx.db, principal.instansiId, input.number),
  ]);
  if (taken) {
    throw new DomainError(
      'CONFLICT',
      {
        id: `Nomor sidang ${input.number} sudah dipakai`,
        en: `Session number ${input.number} is already in use`,
      },
      { field: 'number', value: input.number, rule: 'BOARD_SESSION_NUMBER_UNIQUE' },
    );
  }
  const byUser = new Map(accounts.map((a) => [a.userId, a]));
  const verified = new Set(proposals.map((p) => p.id));
  const issues: FieldIssue[] = [
    ...boardCompositionIssues(input.members, byUser),
    ...input.proposalIds.flatMap((id, index): FieldIssue[] =>
      input.proposalIds.indexOf(id) !== index
        ? [
            {
              field: `proposalIds.${index}`,
              value: id,
              code: 'VALIDATION_FAILED',
              rule: 'AGENDA_ONCE',
              message: { id: `Usulan #${id} disebut dua kali`, en: `Proposal #${id} is listed twice` },
            },
          ]
        : verified.has(id)
          ? []
          : [
              {
                field: `proposalIds.${index}`,
                value: id,
                code: 'WORKFLOW_WRONG_STATE',
                rule: 'AGENDA_VERIFIED_PROPOSALS',
                message: {
                  id: `Usulan #${id} tidak ada atau belum berstatus Terverifikasi`,
                  en: `Proposal #${id} does not exist or is not verified`,
                },
              },
            ],
    ),
  ];
  refuseIssues(issues);
  const members = input.members.map((m) => {
    const account = byUser.get(m.userId)!;
    return {
      name: account.displayName,
      nip: account.nip,
      positionTitle: account.positionTitle ?? m.positionTitle!.trim(),
      role: m.role,
      userId: m.userId,
    };
  });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const sessionId = await insertBoardSession(trx, {
      instansiId: principal.instansiId,
      number: input.number,
      heldOn: input.heldOn,
      place: input.place,
      members,
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
        members: members.map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
        proposalIds: input.proposalIds,
      },
      occurredAt: ctx.now(),
    });
    return sessionId;
  });
  return getBoardSessionView(ctx, principal, id);
}
