import type { Kysely, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { AttachedApproval, Objection } from '../../core/workflow/proposal-model.js';
import type { Database } from '../schema.js';

export async function insertAnnouncement(
  trx: Transaction<Database>,
  a: {
    instansiId: number;
    proposalId: number;
    announcedOn: LocalDate;
    objectionUntil: LocalDate;
    note: string | null;
    userId: number | null;
  },
): Promise<void> {
  await trx
    .insertInto('announcements')
    .values({
      instansi_id: a.instansiId,
      proposal_id: a.proposalId,
      announced_on: a.announcedOn,
      objection_until: a.objectionUntil,
      note: a.note,
      announced_by_user_id: a.userId,
    })
    .execute();
}

export async function insertObjection(
  trx: Transaction<Database>,
  o: { instansiId: number; proposalId: number; employeeId: number; text: string; receivedOn: LocalDate },
): Promise<number> {
  const { id } = await trx
    .insertInto('objections')
    .values({
      instansi_id: o.instansiId,
      proposal_id: o.proposalId,
      employee_id: o.employeeId,
      text: o.text,
      received_on: o.receivedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listObjections(db: Kysely<Database>, proposalId: number): Promise<Objection[]> {
  const rows = await db
    .selectFrom('objections')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    proposalId: r.proposal_id,
    employeeId: r.employee_id,
    text: r.text,
    receivedOn: r.received_on as LocalDate,
    decision: r.decision as Objection['decision'],
    decisionReason: r.decision_reason,
    decidedOn: r.decided_on as LocalDate | null,
    version: r.version,
  }));
}

export async function insertApproval(
  trx: Transaction<Database>,
  a: {
    instansiId: number;
    proposalId: number;
    letterNo: string;
    letterDate: LocalDate;
    subject: string;
    coveredNips: readonly string[];
  },
): Promise<number> {
  const { id } = await trx
    .insertInto('mendagri_approvals')
    .values({
      instansi_id: a.instansiId,
      proposal_id: a.proposalId,
      letter_no: a.letterNo,
      letter_date: a.letterDate,
      subject: a.subject,
      covered_nips: JSON.stringify(a.coveredNips),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listApprovals(db: Kysely<Database>, proposalId: number): Promise<AttachedApproval[]> {
  const rows = await db
    .selectFrom('mendagri_approvals')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    letterNo: r.letter_no,
    letterDate: r.letter_date as LocalDate,
    subject: r.subject,
    coveredNips: JSON.parse(r.covered_nips) as string[],
  }));
}
