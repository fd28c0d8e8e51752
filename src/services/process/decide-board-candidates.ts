import { DomainError, type FieldIssue } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import { type BulkDecisionRequest, planBulkDecision } from '../../core/workflow/board-bulk-decision.js';
import { undecidableCandidates } from '../../core/workflow/board-rules.js';
import { replaceDecisions } from '../../store/repositories/process-board.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { type BoardSessionView, bulkCandidates, refuseIssues } from './board-view.js';
import { changeSession, type Meta } from './record-board-session.js';

/**
 * The board's decisions in one request: "setujui semua kecuali yang ditandai" over the agenda or a
 * part of it (by destination unit, by kind of move, or named candidates), with the marked candidates
 * DISAGREE or DEFER, each with its reason. Only the chair or the secretary. R-KONFLIK holds per
 * candidate: the request is refused, naming every candidate and the members present who have not
 * declared on it, until every decided candidate has a declaration from every member present (a
 * member who declared a conflict abstains). One transaction, one audit entry summarising it.
 */
export async function decideBoardCandidates(
  ctx: AppContext,
  principal: Principal,
  input: { sessionId: number; version: number } & BulkDecisionRequest,
  meta: Meta,
): Promise<BoardSessionView> {
  return changeSession(ctx, principal, input.sessionId, 'decide', input.version, meta, async (trx, view) => {
    const planned = planBulkDecision(bulkCandidates(view), input);
    if (!planned.ok) {
      refuseIssues(planned.issues);
      return { action: 'board.decision', after: {} };
    }
    refuseUndeclared(
      view,
      planned.decisions.map((d) => d.itemId),
    );
    await replaceDecisions(trx, {
      instansiId: view.session.instansiId,
      sessionId: view.session.id,
      rows: planned.decisions,
      userId: actorId(principal),
      at: ctx.now().toISOString(),
    });
    const byId = new Map(view.candidates.map((c) => [c.id, c]));
    const count = (d: string) => planned.decisions.filter((x) => x.decision === d).length;
    return {
      action: 'board.decision',
      after: {
        selection: input.select,
        notes: input.notes?.trim() || null,
        agreed: count('AGREE'),
        disagreed: count('DISAGREE'),
        deferred: count('DEFER'),
        agreedNips: planned.decisions
          .filter((d) => d.decision === 'AGREE')
          .map((d) => byId.get(d.itemId)?.nip),
        exceptions: planned.decisions
          .filter((d) => d.decision !== 'AGREE')
          .map((d) => ({ nip: byId.get(d.itemId)?.nip, decision: d.decision, reason: d.notes })),
      },
    };
  });
}

/** Refuses with BOARD_DECLARATION_MISSING, one issue per candidate the board cannot decide yet. */
function refuseUndeclared(view: BoardSessionView, itemIds: readonly number[]): void {
  const stuck = undecidableCandidates(itemIds, view.session.members, view.session.conflicts);
  if (stuck.length === 0) return;
  const candidate = new Map(view.candidates.map((c) => [c.id, c]));
  const memberName = new Map(view.members.map((m) => [m.id, m.name]));
  const issues: FieldIssue[] = stuck.map((s) => {
    const c = candidate.get(s.itemId)!;
    const names = s.missing.map((m) => memberName.get(m) ?? `#${m}`);
    return {
      field: `candidates.${s.itemId}`,
      value: {
        itemId: s.itemId,
        nip: c.nip,
        name: c.employeeName,
        missingMemberIds: s.missing,
        missingMembers: names,
      },
      code: 'BOARD_DECLARATION_MISSING',
      rule: s.reason === 'NO_QUORUM' ? 'BOARD_QUORUM' : 'R-KONFLIK',
      message:
        s.reason === 'NO_QUORUM'
          ? {
              id: `${c.employeeName}: tidak ada anggota hadir yang bebas konflik kepentingan`,
              en: `${c.employeeName}: no member present is free of a conflict of interest`,
            }
          : {
              id: `${c.employeeName}: belum ada pernyataan konflik kepentingan dari ${names.join(', ')}`,
              en: `${c.employeeName}: no conflict-of-interest declaration yet from ${names.join(', ')}`,
            },
    };
  });
  // The members who still owe declarations, each with how many candidates: the short version.
  const owed = new Map<number, number>();
  for (const s of stuck) for (const m of s.missing) owed.set(m, (owed.get(m) ?? 0) + 1);
  const who = [...owed].map(([m, n]) => `${memberName.get(m)} (${n})`).join(', ');
  const quorum = stuck.filter((s) => s.reason === 'NO_QUORUM').length;
  throw new DomainError(
    'BOARD_DECLARATION_MISSING',
    {
      id:
        `${stuck.length} kandidat belum dapat diputus` +
        (who ? `: pernyataan konflik kepentingan (R-KONFLIK) belum dibuat oleh ${who}` : '') +
        (quorum ? `; ${quorum} kandidat tanpa anggota hadir yang bebas konflik` : ''),
      en:
        `${stuck.length} candidates cannot be decided yet` +
        (who ? `: conflict-of-interest declarations (R-KONFLIK) missing from ${who}` : '') +
        (quorum ? `; ${quorum} candidates with no member present free of conflict` : ''),
    },
    {
      field: 'candidates',
      value: stuck.map((s) => s.itemId),
      rule: stuck.some((s) => s.reason === 'UNDECLARED') ? 'R-KONFLIK' : 'BOARD_QUORUM',
      issues,
    },
  );
}
