import type { Kysely, Transaction } from 'kysely';
import type { TenureOverrideGround } from '../../core/eligibility/tenure-override.js';
import type { TenureOverrideRecord } from '../../core/workflow/proposal-model.js';
import type { Database } from '../schema.js';

/** An exception to the 2-year minimum as written: the document travels as base64 text. */
export interface NewTenureOverride {
  readonly instansiId: number;
  readonly proposalId: number;
  readonly itemId: number;
  readonly ground: TenureOverrideGround;
  readonly reason: string;
  readonly approvedByUserId: number;
  readonly approvedAt: string;
  readonly documentName: string;
  readonly documentSha256: string;
  readonly documentBytes: number;
  readonly documentBase64: string;
}

/** Records the override of one move; a second one for the same move breaks the unique constraint. */
export async function insertTenureOverride(
  trx: Transaction<Database>,
  o: NewTenureOverride,
): Promise<number> {
  const row = await trx
    .insertInto('tenure_overrides')
    .values({
      instansi_id: o.instansiId,
      proposal_id: o.proposalId,
      item_id: o.itemId,
      ground: o.ground,
      reason: o.reason,
      approved_by_user_id: o.approvedByUserId,
      approved_at: o.approvedAt,
      document_name: o.documentName,
      document_sha256: o.documentSha256,
      document_bytes: o.documentBytes,
      document_pdf: o.documentBase64,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Removes the override of one move of a proposal; false when there was none. */
export async function deleteTenureOverride(
  trx: Transaction<Database>,
  proposalId: number,
  itemId: number,
): Promise<boolean> {
  const r = await trx
    .deleteFrom('tenure_overrides')
    .where('proposal_id', '=', proposalId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/**
 * The overrides of proposals (without the document's bytes), with the person and post of each move
 * and the approver's name, in one query.
 */
export async function listTenureOverrides(
  db: Kysely<Database>,
  proposalIds: readonly number[],
): Promise<TenureOverrideRecord[]> {
  if (proposalIds.length === 0) return [];
  const rows = await db
    .selectFrom('tenure_overrides as o')
    .innerJoin('proposal_items as i', 'i.id', 'o.item_id')
    .innerJoin('employees as e', 'e.id', 'i.employee_id')
    .leftJoin('users as u', 'u.id', 'o.approved_by_user_id')
    .select([
      'o.id',
      'o.proposal_id',
      'o.item_id',
      'o.ground',
      'o.reason',
      'o.approved_by_user_id',
      'o.approved_at',
      'o.document_name',
      'o.document_sha256',
      'o.document_bytes',
      'i.employee_id',
      'i.to_position_id',
      'e.nip',
      'u.display_name',
    ])
    .where('o.proposal_id', 'in', [...proposalIds])
    .orderBy('o.item_id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    proposalId: r.proposal_id,
    itemId: r.item_id,
    employeeId: r.employee_id,
    toPositionId: r.to_position_id,
    nip: r.nip,
    ground: r.ground as TenureOverrideGround,
    reason: r.reason,
    approvedByUserId: r.approved_by_user_id,
    approvedByName: r.display_name,
    approvedAt: r.approved_at,
    documentName: r.document_name,
    documentSha256: r.document_sha256,
    documentBytes: r.document_bytes,
  }));
}

/** The attached document of one move's override, for download; null when there is none. */
export async function getTenureOverrideDocument(
  db: Kysely<Database>,
  instansiId: number,
  proposalId: number,
  itemId: number,
): Promise<{ name: string; sha256: string; pdfBase64: string } | null> {
  const r = await db
    .selectFrom('tenure_overrides')
    .select(['document_name', 'document_sha256', 'document_pdf'])
    .where('instansi_id', '=', instansiId)
    .where('proposal_id', '=', proposalId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return r ? { name: r.document_name, sha256: r.document_sha256, pdfBase64: r.document_pdf } : null;
}
