import type { PeriodKind } from '../../core/appraisal/period.js';
import { decideWrite } from '../../core/appraisal/period-lifecycle.js';
import { compareDates, type LocalDate } from '../../core/model/local-date.js';
import { can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { undeclaredMembers } from '../../core/workflow/board-rules.js';
import { TRANSITION_RULES } from '../../core/workflow/proposal-states.js';
import { FORWARD_STEPS, type ForwardStep } from '../../core/workflow/waiting-steps.js';
import { memberSessionFacts } from '../../store/repositories/board-declarations-due.js';
import { employeeIdsInUnits } from '../../store/repositories/employees.js';
import { listPeriods } from '../../store/repositories/evaluation-periods.js';
import { currentSkpRatings } from '../../store/repositories/evaluation-records.js';
import type { AppContext } from '../app-context.js';
import { listProposals } from '../process/list-proposals.js';

/** One line of "what waits for me": how many, and the list that shows them. */
export type PendingWorkItem =
  | {
      readonly kind: 'proposal';
      /** The step waiting on the caller's desk. */
      readonly step: ForwardStep;
      /** Proposals waiting for it. */
      readonly count: number;
      /** Moves in those proposals. */
      readonly moves: number;
      readonly href: string;
    }
  | {
      readonly kind: 'boardDeclaration';
      /** Board sessions where the caller, a member, has not declared on every candidate. */
      readonly count: number;
      /** Candidates still without the caller's declaration, over those sessions. */
      readonly undeclared: number;
      /** The session's number when there is one. */
      readonly subject: string | null;
      readonly href: string;
    }
  | {
      readonly kind: 'evaluation';
      /** People in the caller's units without an SKP rating in the period. */
      readonly count: number;
      /** The period's code, e.g. `2026-TW4`. */
      readonly subject: string;
      readonly periodKind: PeriodKind;
      readonly href: string;
    };

/**
 * What waits for the signed-in user: proposals on their desk (the same test as the proposal inbox's
 * "only what waits for me", core/workflow/waiting-steps.ts), board sessions whose candidates they
 * have not declared on yet, and for an OPD head the open evaluation periods their units must fill.
 */
export async function pendingWork(
  ctx: AppContext,
  principal: Principal,
  asOf: LocalDate,
): Promise<PendingWorkItem[]> {
  const [proposals, board, evaluation] = await Promise.all([
    proposalWork(ctx, principal),
    boardDeclarationWork(ctx, principal),
    evaluationWork(ctx, principal, asOf),
  ]);
  return [...proposals, ...board, ...evaluation];
}

async function proposalWork(ctx: AppContext, principal: Principal): Promise<PendingWorkItem[]> {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  if (!can(principal, 'proposal.read', instansi)) return [];
  const inbox = await listProposals(ctx, principal, { inbox: true });
  return FORWARD_STEPS.flatMap((step): PendingWorkItem[] => {
    const waiting = inbox.items.filter((s) => s.waiting.includes(step));
    if (waiting.length === 0) return [];
    // The inbox filtered to the states the step starts from: exactly these proposals.
    const states = TRANSITION_RULES[step].from.join(',');
    return [
      {
        kind: 'proposal',
        step,
        count: waiting.length,
        moves: waiting.reduce((sum, s) => sum + s.itemCount, 0),
        href: `/usulan?menunggu=ya&status=${states}`,
      },
    ];
  });
}

/**
 * Sessions of the board whose members are user accounts: a candidate waits for a member's
 * declaration (none, or an interest) before the board may decide on them (PP 11/2017 Pasal 190(5)).
 */
async function boardDeclarationWork(ctx: AppContext, principal: Principal): Promise<PendingWorkItem[]> {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  if (!can(principal, 'board.read', instansi)) return [];
  // Note: only candidates still before the board (their proposal awaits its review) need declaring.
  const sessions = await memberSessionFacts(
    ctx.db,
    principal.instansiId,
    principal.userId,
    TRANSITION_RULES.review.from,
  );
  const due = sessions
    .map((s) => ({
      session: s,
      undeclared: s.itemIds.filter((itemId) => {
        // The member is asked as if present: each member declares before the session, on their own.
        const verdict = undeclaredMembers(itemId, [{ id: s.memberId, present: true }], s.declared);
        return !verdict.ok && verdict.reason === 'UNDECLARED';
      }).length,
    }))
    .filter((s) => s.undeclared > 0);
  if (due.length === 0) return [];
  const only = due.length === 1 ? due[0]!.session : null;
  return [
    {
      kind: 'boardDeclaration',
      count: due.length,
      undeclared: due.reduce((sum, s) => sum + s.undeclared, 0),
      subject: only?.number ?? null,
      href: only ? `/sidang-tpk/${only.sessionId}` : '/sidang-tpk',
    },
  ];
}

/**
 * An OPD head fills in their units' evaluations: each period open for entries that has begun,
 * with the people of their units who have no SKP rating in it yet.
 */
async function evaluationWork(
  ctx: AppContext,
  principal: Principal,
  asOf: LocalDate,
): Promise<PendingWorkItem[]> {
  // Note: BKPSDM may enter any unit's records too, but the entry is the OPD head's desk.
  if (principal.role !== 'OPD_HEAD') return [];
  const open = (await listPeriods(ctx.db, principal.instansiId)).filter(
    (p) => decideWrite(p.status, 'ENTRY', null).ok && compareDates(p.startDate, asOf) <= 0,
  );
  if (open.length === 0) return [];
  const people = await employeeIdsInUnits(ctx.db, principal.instansiId, principal.unitIds);
  if (people.length === 0) return [];
  const items: PendingWorkItem[] = [];
  for (const period of open) {
    const rated = await currentSkpRatings(ctx.db, principal.instansiId, period.id, people);
    const count = people.length - new Set(rated.map((r) => r.employeeId)).size;
    if (count > 0)
      items.push({
        kind: 'evaluation',
        count,
        subject: period.code,
        periodKind: period.kind,
        href: `/evaluasi?periode=${period.id}`,
      });
  }
  return items;
}
