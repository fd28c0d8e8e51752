import type { Kysely, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Decree } from '../../core/workflow/proposal-model.js';
import type { Database } from '../schema.js';
import { getDecreeSigning } from './process-decree-signings.js';

/**
 * Takes the next sequence number of a document type in a year, race-safe on both engines: the
 * counter row is created with `on conflict do nothing` (a concurrent creator waits for the other's
 * commit instead of failing on the unique key), then bumped with `update ... returning`, whose row
 * lock serialises concurrent issuers of the same year. Runs in the caller's transaction.
 */
export async function takeDecreeSeq(
  trx: Transaction<Database>,
  instansiId: number,
  docType: string,
  year: number,
): Promise<number> {
  await trx
    .insertInto('decree_counters')
    .values({ instansi_id: instansiId, doc_type: docType, year, last_seq: 0 })
    .onConflict((oc) => oc.columns(['instansi_id', 'doc_type', 'year']).doNothing())
    .execute();
  const { last_seq } = await trx
    .updateTable('decree_counters')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('instansi_id', '=', instansiId)
    .where('doc_type', '=', docType)
    .where('year', '=', year)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return last_seq;
}

export interface NewDecree {
  readonly instansiId: number;
  readonly proposalId: number;
  readonly number: string;
  readonly year: number;
  readonly seq: number;
  readonly decreeDate: LocalDate;
  readonly tmt: LocalDate;
  readonly place: string;
  readonly signatoryName: string;
  readonly signatoryRole: string;
  /** The printed signatory's NIP: an official signing a.n. has one, an elected Wali Kota none. */
  readonly signatoryNip?: string | null;
  readonly issuedByUserId: number | null;
  readonly issuedAt: string;
}

export async function insertDecree(trx: Transaction<Database>, d: NewDecree): Promise<number> {
  const { id } = await trx
    .insertInto('decrees')
    .values({
      instansi_id: d.instansiId,
      proposal_id: d.proposalId,
      number: d.number,
      year: d.year,
      seq: d.seq,
      decree_date: d.decreeDate,
      tmt: d.tmt,
      place: d.place,
      signatory_name: d.signatoryName,
      signatory_role: d.signatoryRole,
      signatory_nip: d.signatoryNip ?? null,
      issued_by_user_id: d.issuedByUserId,
      issued_at: d.issuedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function storeDecreePdf(
  trx: Transaction<Database>,
  decreeId: number,
  sha256: string,
  pdfBase64: string,
): Promise<void> {
  await trx
    .updateTable('decrees')
    .set({ pdf_sha256: sha256, pdf: pdfBase64 })
    .where('id', '=', decreeId)
    .execute();
}

export async function insertExcerpt(
  trx: Transaction<Database>,
  e: {
    instansiId: number;
    decreeId: number;
    itemId: number;
    employeeId: number;
    sha256: string | null;
    pdfBase64: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('decree_excerpts')
    .values({
      instansi_id: e.instansiId,
      decree_id: e.decreeId,
      item_id: e.itemId,
      employee_id: e.employeeId,
      pdf_sha256: e.sha256,
      pdf: e.pdfBase64,
    })
    .execute();
}

export async function getDecreeOfProposal(
  db: Kysely<Database>,
  instansiId: number,
  proposalId: number,
): Promise<Decree | null> {
  const d = await db
    .selectFrom('decrees')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  if (!d) return null;
  const [ex, signing] = await Promise.all([
    db
      .selectFrom('decree_excerpts')
      .select(['item_id', 'employee_id', 'pdf_sha256'])
      .where('decree_id', '=', d.id)
      .orderBy('id')
      .execute(),
    getDecreeSigning(db, d.id),
  ]);
  return {
    id: d.id,
    proposalId: d.proposal_id,
    number: d.number,
    decreeDate: d.decree_date as LocalDate,
    tmt: d.tmt as LocalDate,
    place: d.place,
    signatoryName: d.signatory_name,
    signatoryRole: d.signatory_role,
    signatoryNip: d.signatory_nip,
    signing,
    pdfSha256: d.pdf_sha256,
    excerpts: ex.map((e) => ({ itemId: e.item_id, employeeId: e.employee_id, pdfSha256: e.pdf_sha256 })),
  };
}

export async function getDecreePdf(
  db: Kysely<Database>,
  instansiId: number,
  proposalId: number,
): Promise<string | null> {
  const r = await db
    .selectFrom('decrees')
    .select('pdf')
    .where('instansi_id', '=', instansiId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  return r?.pdf ?? null;
}

export async function getExcerptPdf(
  db: Kysely<Database>,
  instansiId: number,
  proposalId: number,
  itemId: number,
): Promise<string | null> {
  const r = await db
    .selectFrom('decree_excerpts as x')
    .innerJoin('decrees as d', 'd.id', 'x.decree_id')
    .select('x.pdf')
    .where('d.instansi_id', '=', instansiId)
    .where('d.proposal_id', '=', proposalId)
    .where('x.item_id', '=', itemId)
    .executeTakeFirst();
  return r?.pdf ?? null;
}
