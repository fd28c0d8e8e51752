import { DomainError, type FieldIssue } from '../../core/errors.js';
import { unitRoots } from '../../core/model/unit-roots.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { BulkCandidate } from '../../core/workflow/board-bulk-decision.js';
import { type BoardDecision, undecidableCandidates } from '../../core/workflow/board-rules.js';
import {
  type BoardSessionStep,
  boardSessionPermissions,
  type StepPermission,
} from '../../core/workflow/board-session-permissions.js';
import type { BoardMember, BoardSession, ProposalItem } from '../../core/workflow/proposal-model.js';
import type { ProposalState } from '../../core/workflow/proposal-states.js';
import {
  type BoardWorld,
  listBoardAccounts,
  listBoardSessions as listStored,
  loadBoardWorld,
} from '../../store/repositories/process-board-reads.js';
import type { AppContext } from '../app-context.js';

/** A candidate on the agenda as the board sees it: the move, where it goes, and where it stands. */
export interface BoardCandidateView extends ProposalItem {
  readonly proposalNumber: string;
  readonly proposalState: ProposalState | '';
  /** The top-level unit (OPD, kecamatan) of the destination post: the "by unit" of bulk decisions. */
  readonly toOpdId: number | null;
  readonly toOpdName: string | null;
  /** Its proposal is still VERIFIED: the board may declare and decide on it. */
  readonly open: boolean;
  readonly decision: BoardDecision | null;
  readonly notes: string | null;
  /** Why the board cannot decide it yet (R-KONFLIK), or null. */
  readonly blocked: 'UNDECLARED' | 'NO_QUORUM' | null;
  /** Members present who have not declared on it. */
  readonly undeclaredMemberIds: readonly number[];
  /** Members (present or not) who declared a conflict with it; present ones abstain. */
  readonly conflictMemberIds: readonly number[];
}

export interface BoardMemberView extends BoardMember {
  /** Candidates the member declared on, and with how many a conflict. */
  readonly declared: number;
  readonly conflicts: number;
}

export interface BoardSessionView {
  readonly session: BoardSession;
  readonly members: readonly BoardMemberView[];
  readonly candidates: readonly BoardCandidateView[];
  /** The caller's seat in the session, or null when they are not a member. */
  readonly me: BoardMemberView | null;
  /** Each step of the session for the caller, with the rule when refused (the web disables it). */
  readonly permissions: Readonly<Record<BoardSessionStep, StepPermission>>;
  readonly actions: readonly Action[];
}

/** The session's world for the caller: readers of the instansi only, and 404 for an unknown id. */
export async function loadBoardWorldFor(
  ctx: AppContext,
  principal: Principal,
  id: number,
  db = ctx.db,
): Promise<BoardWorld> {
  authorize(principal, 'board.read', { type: 'instansi', instansiId: principal.instansiId });
  const world = await loadBoardWorld(db, principal.instansiId, id);
  if (!world) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `Sidang TPK #${id} tidak ditemukan`, en: `Board session #${id} not found` },
      { field: 'id', value: id },
    );
  }
  return world;
}

/** Everything the session's screens show, computed from its world without further queries. */
export function buildSessionView(principal: Principal, world: BoardWorld): BoardSessionView {
  const { session } = world;
  const proposals = new Map(world.proposals.map((p) => [p.id, p]));
  const roots = unitRoots(world.units);
  const decided = new Map(session.decisions.map((d) => [d.itemId, d]));
  const blocked = new Map(
    undecidableCandidates(
      world.items.map((i) => i.id),
      session.members,
      session.conflicts,
    ).map((u) => [u.itemId, u]),
  );
  const conflicted = new Map<number, number[]>();
  const declared = new Map<number, { declared: number; conflicts: number }>();
  for (const c of session.conflicts) {
    const tally = declared.get(c.memberId) ?? { declared: 0, conflicts: 0 };
    declared.set(c.memberId, {
      declared: tally.declared + 1,
      conflicts: tally.conflicts + (c.hasConflict ? 1 : 0),
    });
    if (c.hasConflict) conflicted.set(c.itemId, [...(conflicted.get(c.itemId) ?? []), c.memberId]);
  }
  const candidates = world.items.map((i): BoardCandidateView => {
    const proposal = proposals.get(i.proposalId);
    const root = roots.get(i.toUnitId) ?? null;
    const why = blocked.get(i.id);
    return {
      ...i,
      proposalNumber: proposal?.number ?? '',
      proposalState: proposal?.state ?? '',
      toOpdId: root?.id ?? null,
      toOpdName: root?.name ?? null,
      open: proposal?.state === 'VERIFIED',
      decision: decided.get(i.id)?.decision ?? null,
      notes: decided.get(i.id)?.notes ?? null,
      blocked: why?.reason ?? null,
      undeclaredMemberIds: why?.missing ?? [],
      conflictMemberIds: conflicted.get(i.id) ?? [],
    };
  });
  const members = session.members.map((m) => ({
    ...m,
    ...(declared.get(m.id) ?? { declared: 0, conflicts: 0 }),
  }));
  return {
    session,
    members,
    candidates,
    me: members.find((m) => m.userId === principal.userId) ?? null,
    permissions: boardSessionPermissions(
      {
        members: session.members,
        openCandidates: candidates.filter((c) => c.open).length,
        decisions: session.decisions.length,
        undecided: candidates.filter((c) => c.open && c.decision === null).length,
      },
      principal.userId,
    ),
    actions: allowedActions(principal, { type: 'instansi', instansiId: session.instansiId }, [
      'board.manage',
    ]),
  };
}

/** What bulk decisions read of each candidate (the same facts the web's preview counts with). */
export const bulkCandidates = (view: BoardSessionView): BulkCandidate[] =>
  view.candidates.map((c) => ({
    itemId: c.id,
    unitId: c.toOpdId,
    moveType: c.moveType,
    decided: c.decision !== null,
    open: c.open,
    name: c.employeeName,
  }));

/** Throws the issues of a refused request as one VALIDATION_FAILED naming the first field. */
export function refuseIssues(issues: readonly FieldIssue[]): void {
  const first = issues[0];
  if (!first) return;
  throw new DomainError(first.code, first.message, {
    field: first.field,
    value: first.value,
    rule: first.rule,
    issues,
  });
}

export async function getBoardSessionView(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<BoardSessionView> {
  return buildSessionView(principal, await loadBoardWorldFor(ctx, principal, id));
}

export async function listBoardSessions(ctx: AppContext, principal: Principal) {
  const resource = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'board.read', resource);
  return {
    items: await listStored(ctx.db, principal.instansiId, principal.userId),
    actions: allowedActions(principal, resource, ['board.manage']),
  };
}

/** The review board accounts a new session may seat, with the name, NIP and post of each. */
export async function listBoardMemberOptions(ctx: AppContext, principal: Principal) {
  authorize(principal, 'board.manage', { type: 'instansi', instansiId: principal.instansiId });
  const accounts = await listBoardAccounts(ctx.db, principal.instansiId);
  return { items: accounts.filter((a) => a.active) };
}
