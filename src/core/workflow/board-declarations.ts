import type { FieldIssue } from '../errors.js';
import { NO_CONFLICT_STATEMENT } from './board-rules.js';

/**
 * A member's own conflict-of-interest declaration (PP 11/2017 Pasal 190(5); DOMAIN.md 1.2).
 * - `AGENDA`: one statement about the whole agenda: a conflict with each listed candidate (with what
 *   it is), none with every other candidate. "No conflict with anyone" is `conflicts: []`.
 * - `ITEMS`: a page of candidates, each with or without a conflict (any page size).
 */
export type OwnDeclarationRequest =
  | {
      readonly mode: 'AGENDA';
      readonly conflicts: readonly { readonly itemId: number; readonly statement: string }[];
    }
  | {
      readonly mode: 'ITEMS';
      readonly declarations: readonly {
        readonly itemId: number;
        readonly hasConflict: boolean;
        readonly statement?: string | null | undefined;
      }[];
    };

export interface DeclarationRow {
  readonly itemId: number;
  readonly hasConflict: boolean;
  readonly statement: string;
}

export interface DeclarationAgenda {
  /** Every candidate of the session's agenda, in agenda order. */
  readonly itemIds: readonly number[];
  /** Candidates whose proposal is still VERIFIED (a declaration on the others changes nothing). */
  readonly openItemIds: ReadonlySet<number>;
  /** Candidates this session already decided. */
  readonly decidedItemIds: ReadonlySet<number>;
  /** The member's current declarations: item -> whether they declared a conflict. */
  readonly existing: ReadonlyMap<number, boolean>;
  /** Candidates' names for the messages (`#id` when missing). */
  readonly names?: ReadonlyMap<number, string>;
}

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

/**
 * The rows to write for a member's declaration, or the issues naming each offending field. Refused:
 * a candidate not on the agenda or no longer open, a candidate twice, a conflict without its
 * statement, and a change of mind on a candidate the board already decided (who abstained is part
 * of the decision). On an `AGENDA` declaration, decided candidates already declared on keep their
 * declaration, so "no conflict with anyone" can be said again after some decisions.
 * @example planOwnDeclarations({ mode: 'AGENDA', conflicts: [] }, agenda) // { ok: true, rows: [...] }
 */
export function planOwnDeclarations(
  request: OwnDeclarationRequest,
  agenda: DeclarationAgenda,
): { ok: true; rows: DeclarationRow[] } | { ok: false; issues: FieldIssue[] } {
  const onAgenda = new Set(agenda.itemIds);
  const name = (itemId: number) => agenda.names?.get(itemId) ?? `#${itemId}`;
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  const listed =
    request.mode === 'AGENDA'
      ? request.conflicts.map((c) => ({ ...c, hasConflict: true, path: 'conflicts' }))
      : request.declarations.map((d) => ({ ...d, path: 'declarations' }));
  listed.forEach((d, i) => {
    const field = `${d.path}.${i}`;
    if (!onAgenda.has(d.itemId)) {
      issues.push(
        issue(
          `${field}.itemId`,
          d.itemId,
          'ITEM_ON_AGENDA',
          `Kandidat #${d.itemId} tidak ada dalam agenda sidang`,
          `Candidate #${d.itemId} is not on the session's agenda`,
        ),
      );
    } else if (!agenda.openItemIds.has(d.itemId)) {
      issues.push(
        issue(
          `${field}.itemId`,
          d.itemId,
          'DECIDE_WHILE_VERIFIED',
          `Usulan kandidat ${name(d.itemId)} tidak lagi berstatus Terverifikasi; pernyataan sudah ditutup`,
          `The proposal of ${name(d.itemId)} is no longer verified; declarations are closed`,
        ),
      );
    } else if (seen.has(d.itemId)) {
      issues.push(
        issue(
          `${field}.itemId`,
          d.itemId,
          'DECLARATION_ONCE',
          `Kandidat ${name(d.itemId)} disebut dua kali`,
          `Candidate ${name(d.itemId)} is listed twice`,
        ),
      );
    } else if (d.hasConflict && (d.statement ?? '').trim().length < 3) {
      issues.push(
        issue(
          `${field}.statement`,
          d.statement ?? null,
          'CONFLICT_STATEMENT',
          `Uraikan konflik kepentingan dengan ${name(d.itemId)} (paling sedikit 3 karakter)`,
          `Describe the conflict of interest with ${name(d.itemId)} (at least 3 characters)`,
        ),
      );
    } else if (changesDecided(agenda, d.itemId, d.hasConflict)) {
      issues.push(decidedIssue(`${field}.itemId`, d.itemId, name(d.itemId)));
    }
    seen.add(d.itemId);
  });

  const rows: DeclarationRow[] = listed
    .filter((d) => agenda.openItemIds.has(d.itemId))
    .map((d) => ({
      itemId: d.itemId,
      hasConflict: d.hasConflict,
      statement: d.hasConflict ? (d.statement ?? '').trim() : d.statement?.trim() || NO_CONFLICT_STATEMENT,
    }));
  if (request.mode === 'AGENDA') {
    for (const itemId of agenda.itemIds) {
      if (seen.has(itemId) || !agenda.openItemIds.has(itemId)) continue;
      if (agenda.decidedItemIds.has(itemId) && agenda.existing.has(itemId)) {
        // A decided candidate keeps the declaration the decision was taken on; only a conflict
        // the member now leaves out is a change of mind.
        if (agenda.existing.get(itemId)) issues.push(decidedIssue('conflicts', itemId, name(itemId)));
        continue;
      }
      rows.push({ itemId, hasConflict: false, statement: NO_CONFLICT_STATEMENT });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  if (rows.length === 0) {
    return {
      ok: false,
      issues: [
        issue(
          request.mode === 'AGENDA' ? 'conflicts' : 'declarations',
          0,
          'NOTHING_TO_DECLARE',
          'Tidak ada kandidat terbuka untuk dinyatakan',
          'No open candidate to declare on',
        ),
      ],
    };
  }
  return { ok: true, rows };
}

function changesDecided(agenda: DeclarationAgenda, itemId: number, hasConflict: boolean): boolean {
  return (
    agenda.decidedItemIds.has(itemId) &&
    agenda.existing.has(itemId) &&
    agenda.existing.get(itemId) !== hasConflict
  );
}

const decidedIssue = (field: string, itemId: number, name: string): FieldIssue =>
  issue(
    field,
    itemId,
    'DECLARED_BEFORE_DECISION',
    `${name} sudah diputus berdasarkan pernyataan Anda yang tercatat; pernyataan itu tidak dapat diubah`,
    `${name} was decided on your recorded declaration; it cannot change now`,
  );
