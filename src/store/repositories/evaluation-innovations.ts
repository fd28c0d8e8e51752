import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  Evidence,
  EvidenceKind,
  InnovationDates,
  InnovationRole,
  InnovationStatus,
} from '../../core/appraisal/records.js';
import type { Innovation, InnovationMember } from '../../core/appraisal/stored-records.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Nip } from '../../core/model/nip.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';
import type { InnovationsTable } from '../schema-evaluation.js';
import { containsText } from './paging.js';
import { updateWithVersion } from './update-with-version.js';

export interface InnovationInput extends InnovationDates {
  readonly unitId: number;
  readonly title: string;
  readonly description: string;
  readonly status: InnovationStatus;
  readonly evidence: Evidence;
  readonly members: readonly { readonly employeeId: number; readonly role: InnovationRole }[];
}

type Row = Selectable<InnovationsTable> & { unit_name: string };

async function withMembers(db: Kysely<Database>, rows: readonly Row[]): Promise<Innovation[]> {
  if (rows.length === 0) return [];
  const members = await db
    .selectFrom('innovation_members as m')
    .innerJoin('employees as e', 'e.id', 'm.employee_id')
    .select(['m.innovation_id', 'm.employee_id', 'm.role', 'e.nip', 'e.name'])
    .where(
      'm.innovation_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('m.role')
    .orderBy('e.name')
    .execute();
  const byInnovation = new Map<number, InnovationMember[]>();
  for (const m of members) {
    const list = byInnovation.get(m.innovation_id) ?? [];
    list.push({ employeeId: m.employee_id, nip: m.nip as Nip, name: m.name, role: m.role as InnovationRole });
    byInnovation.set(m.innovation_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    instansiId: r.instansi_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    description: r.description,
    status: r.status as InnovationStatus,
    proposedOn: r.proposed_on as LocalDate,
    implementedOn: r.implemented_on as LocalDate | null,
    replicatedOn: r.replicated_on as LocalDate | null,
    awardedOn: r.awarded_on as LocalDate | null,
    evidence: { kind: r.evidence_kind as EvidenceKind, reference: r.evidence_ref },
    members: byInnovation.get(r.id) ?? [],
    version: r.version,
  }));
}

function selectInnovations(db: Kysely<Database>, instansiId: number) {
  return db
    .selectFrom('innovations as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .selectAll('i')
    .select('u.name as unit_name')
    .where('i.instansi_id', '=', instansiId);
}

/**
 * The register, newest first; optionally only some units, a status, a title search or the
 * innovations one person is in.
 */
export async function listInnovations(
  db: Kysely<Database>,
  instansiId: number,
  filter: { unitIds?: readonly number[]; status?: InnovationStatus; q?: string; memberId?: number },
): Promise<Innovation[]> {
  let query = selectInnovations(db, instansiId);
  if (filter.unitIds)
    query = query.where('i.unit_id', 'in', filter.unitIds.length ? [...filter.unitIds] : [-1]);
  if (filter.status) query = query.where('i.status', '=', filter.status);
  const memberId = filter.memberId;
  if (memberId !== undefined)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('innovation_members as im')
          .select('im.id')
          .whereRef('im.innovation_id', '=', 'i.id')
          .where('im.employee_id', '=', memberId),
      ),
    );
  const q = filter.q;
  if (q) query = query.where((eb) => containsText(eb.ref('i.title'), q));
  return withMembers(db, await query.orderBy('i.proposed_on', 'desc').orderBy('i.id', 'desc').execute());
}

export async function getInnovation(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<Innovation | null> {
  const row = await selectInnovations(db, instansiId).where('i.id', '=', id).executeTakeFirst();
  return row ? ((await withMembers(db, [row]))[0] ?? null) : null;
}

const columns = (input: InnovationInput) => ({
  unit_id: input.unitId,
  title: input.title,
  description: input.description,
  status: input.status,
  proposed_on: input.proposedOn,
  implemented_on: input.implementedOn,
  replicated_on: input.replicatedOn,
  awarded_on: input.awardedOn,
  evidence_kind: input.evidence.kind,
  evidence_ref: input.evidence.reference,
});

async function replaceMembers(
  trx: Transaction<Database>,
  instansiId: number,
  innovationId: number,
  members: InnovationInput['members'],
): Promise<void> {
  await trx.deleteFrom('innovation_members').where('innovation_id', '=', innovationId).execute();
  await insertRows(
    trx,
    'innovation_members',
    ['instansi_id', 'innovation_id', 'employee_id', 'role'],
    members.map((m) => [instansiId, innovationId, m.employeeId, m.role]),
  );
}

export async function insertInnovation(
  trx: Transaction<Database>,
  instansiId: number,
  input: InnovationInput,
): Promise<number> {
  const { id } = await trx
    .insertInto('innovations')
    .values({ instansi_id: instansiId, ...columns(input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceMembers(trx, instansiId, id, input.members);
  return id;
}

/** Replaces the innovation and its team; VERSION_CONFLICT when it changed since it was read. */
export async function updateInnovation(
  trx: Transaction<Database>,
  instansiId: number,
  id: number,
  version: number,
  input: InnovationInput,
): Promise<number> {
  const next = await updateWithVersion(trx, 'innovations', id, version, columns(input));
  await replaceMembers(trx, instansiId, id, input.members);
  return next;
}

export async function deleteInnovation(
  trx: Transaction<Database>,
  instansiId: number,
  id: number,
): Promise<void> {
  await trx.deleteFrom('innovations').where('instansi_id', '=', instansiId).where('id', '=', id).execute();
}
