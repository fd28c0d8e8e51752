import type { Kysely, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Role } from '../../core/policies/roles.js';
import type { DecreeSigning } from '../../core/workflow/decree-signing.js';
import type { Database } from '../schema.js';

/** Records the signature of an issued SK; a second one for the same decree breaks the unique key. */
export async function insertDecreeSigning(
  trx: Transaction<Database>,
  s: DecreeSigning & { instansiId: number; decreeId: number },
): Promise<void> {
  await trx
    .insertInto('decree_signings')
    .values({
      instansi_id: s.instansiId,
      decree_id: s.decreeId,
      signed_on: s.signedOn,
      signer_name: s.signerName,
      signer_title: s.signerTitle,
      signer_nip: s.signerNip,
      recorded_by_user_id: s.recordedByUserId,
      recorded_by_role: s.recordedByRole,
      recorded_at: s.recordedAt,
    })
    .execute();
}

/** The signature of one decree, or null while it is not signed. */
export async function getDecreeSigning(
  db: Kysely<Database>,
  decreeId: number,
): Promise<DecreeSigning | null> {
  const r = await db
    .selectFrom('decree_signings')
    .selectAll()
    .where('decree_id', '=', decreeId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    signedOn: r.signed_on as LocalDate,
    signerName: r.signer_name,
    signerTitle: r.signer_title,
    signerNip: r.signer_nip,
    recordedByUserId: r.recorded_by_user_id,
    recordedByRole: r.recorded_by_role as Role,
    recordedAt: r.recorded_at,
  };
}

/** The signing day of each proposal's SK, for the proposals whose SK is signed (one query, for lists). */
export async function decreeSignedOnByProposal(
  db: Kysely<Database>,
  instansiId: number,
  proposalIds: readonly number[],
): Promise<Map<number, LocalDate>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('decree_signings as s')
    .innerJoin('decrees as d', 'd.id', 's.decree_id')
    .select(['d.proposal_id', 's.signed_on'])
    .where('d.instansi_id', '=', instansiId)
    .where('d.proposal_id', 'in', [...new Set(proposalIds)])
    .execute();
  return new Map(rows.map((r) => [r.proposal_id, r.signed_on as LocalDate]));
}
