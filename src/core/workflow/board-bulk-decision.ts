import type { FieldIssue } from '../errors.js';
import type { BoardDecision, BoardExceptionDecision } from './board-rules.js';
import type { MoveType } from './move-types.js';

/**
 * The board's decisions in bulk: "setujui semua kecuali yang ditandai". A selection of the agenda
 * (all of it, or by destination unit, by kind of move, or named candidates) is agreed to, except the
 * candidates marked DISAGREE or DEFER, each with its reason. A plan-sized round (150 candidates) is
 * then one decision with a few exceptions instead of 150 clicks.
 */

/** What the selection reads of a candidate on the agenda. */
export interface BulkCandidate {
  readonly itemId: number;
  /** The top-level unit (OPD, kecamatan) of the destination post. */
  readonly unitId: number | null;
  readonly moveType: MoveType;
  readonly decided: boolean;
  /** Whether its proposal is still VERIFIED (the board's record on it is open). */
  readonly open: boolean;
  /** For the messages. */
  readonly name?: string;
}

export interface BulkSelection {
  /** Destination top-level units; empty or absent: any. */
  readonly unitIds?: readonly number[] | undefined;
  readonly moveTypes?: readonly MoveType[] | undefined;
  /** Named candidates; empty or absent: any. */
  readonly itemIds?: readonly number[] | undefined;
  /** Also re-decide candidates this session already decided (default: only the undecided). */
  readonly includeDecided?: boolean | undefined;
}

export interface BulkDecisionRequest {
  readonly select: BulkSelection;
  /** The note recorded with every agreed candidate, e.g. "Memenuhi persyaratan jabatan". */
  readonly notes?: string | null | undefined;
  readonly exceptions: readonly {
    readonly itemId: number;
    readonly decision: BoardExceptionDecision;
    readonly reason: string;
  }[];
}

export interface PlannedDecision {
  readonly itemId: number;
  readonly decision: BoardDecision;
  readonly notes: string | null;
}

/**
 * The candidates a selection covers, in agenda order: open ones matching every filter given
 * (undecided only, unless `includeDecided`). The web counts the same selection with this function.
 * @example selectedForBulk(candidates, { moveTypes: ['ANTAR_OPD'] }) // [12, 15, ...]
 */
export function selectedForBulk(candidates: readonly BulkCandidate[], select: BulkSelection): number[] {
  const units = select.unitIds?.length ? new Set(select.unitIds) : null;
  const kinds = select.moveTypes?.length ? new Set(select.moveTypes) : null;
  const named = select.itemIds?.length ? new Set(select.itemIds) : null;
  return candidates
    .filter(
      (c) =>
        c.open &&
        (select.includeDecided || !c.decided) &&
        (!units || (c.unitId !== null && units.has(c.unitId))) &&
        (!kinds || kinds.has(c.moveType)) &&
        (!named || named.has(c.itemId)),
    )
    .map((c) => c.itemId);
}

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

/**
 * The decisions a bulk request makes: AGREE (with the common note) for the selection, and each
 * exception's own decision and reason. An exception may name a candidate outside the selection (it
 * is decided all the same). Refused, with one issue per field: a named candidate or exception not on
 * the agenda or no longer open, an exception twice or without a reason, and a request that decides
 * nothing. R-KONFLIK is checked afterwards on the result (`undecidableCandidates`).
 * @example planBulkDecision(candidates, { select: {}, exceptions: [{ itemId: 3, decision: 'DEFER',
 *   reason: 'Menunggu uji kompetensi' }] }) // { ok: true, decisions: [AGREE..., DEFER for 3] }
 */
export function planBulkDecision(
  candidates: readonly BulkCandidate[],
  request: BulkDecisionRequest,
): { ok: true; decisions: PlannedDecision[] } | { ok: false; issues: FieldIssue[] } {
  const byId = new Map(candidates.map((c) => [c.itemId, c]));
  const name = (itemId: number) => byId.get(itemId)?.name ?? `#${itemId}`;
  const issues: FieldIssue[] = [];
  const onAgenda = (field: string, itemId: number) => {
    const c = byId.get(itemId);
    if (!c) {
      issues.push(
        issue(
          field,
          itemId,
          'ITEM_ON_AGENDA',
          `Kandidat #${itemId} tidak ada dalam agenda sidang`,
          `Candidate #${itemId} is not on the session's agenda`,
        ),
      );
      return false;
    }
    if (!c.open) {
      issues.push(
        issue(
          field,
          itemId,
          'DECIDE_WHILE_VERIFIED',
          `Usulan kandidat ${name(itemId)} tidak lagi berstatus Terverifikasi; keputusan TPK sudah ditutup`,
          `The proposal of ${name(itemId)} is no longer verified; the board's record is closed`,
        ),
      );
      return false;
    }
    return true;
  };
  (request.select.itemIds ?? []).forEach((itemId, i) => {
    onAgenda(`select.itemIds.${i}`, itemId);
  });
  const excepted = new Map<number, PlannedDecision>();
  request.exceptions.forEach((e, i) => {
    const field = `exceptions.${i}`;
    if (!onAgenda(`${field}.itemId`, e.itemId)) return;
    if (excepted.has(e.itemId)) {
      issues.push(
        issue(
          `${field}.itemId`,
          e.itemId,
          'EXCEPTION_ONCE',
          `${name(e.itemId)} ditandai dua kali`,
          `${name(e.itemId)} is marked twice`,
        ),
      );
      return;
    }
    const reason = e.reason.trim();
    if (reason.length < 3) {
      issues.push(
        issue(
          `${field}.reason`,
          e.reason,
          'EXCEPTION_REASON',
          `Tuliskan alasan keputusan untuk ${name(e.itemId)} (paling sedikit 3 karakter)`,
          `Give the reason of the decision on ${name(e.itemId)} (at least 3 characters)`,
        ),
      );
      return;
    }
    excepted.set(e.itemId, { itemId: e.itemId, decision: e.decision, notes: reason });
  });
  if (issues.length > 0) return { ok: false, issues };

  const notes = request.notes?.trim() || null;
  const decisions: PlannedDecision[] = [];
  const selected = new Set(selectedForBulk(candidates, request.select));
  for (const c of candidates) {
    const exception = excepted.get(c.itemId);
    if (exception) decisions.push(exception);
    else if (selected.has(c.itemId)) decisions.push({ itemId: c.itemId, decision: 'AGREE', notes });
  }
  if (decisions.length === 0) {
    return {
      ok: false,
      issues: [
        issue(
          'select',
          request.select,
          'NOTHING_TO_DECIDE',
          'Tidak ada kandidat yang belum diputus dalam pilihan ini',
          'The selection holds no candidate left to decide',
        ),
      ],
    };
  }
  return { ok: true, decisions };
}
