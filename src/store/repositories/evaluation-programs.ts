import type { Kysely, Transaction } from 'kysely';
import type {
  Evidence,
  EvidenceKind,
  ParticipationValue,
  ProgramOutcome,
  ProgramRole,
} from '../../core/appraisal/records.js';
import type { GovernmentProgram, Participation } from '../../core/appraisal/stored-records.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Nip } from '../../core/model/nip.js';
import type { Database } from '../schema.js';
import { updateWithVersion } from './update-with-version.js';

export interface ProgramInput {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly leadUnitId: number | null;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
}

export interface ParticipationInput extends ParticipationValue {
  readonly employeeId: number;
  readonly evidence: Evidence;
}

function selectPrograms(db: Kysely<Database>, instansiId: number) {
  return db
    .selectFrom('government_programs as g')
    .leftJoin('units as u', 'u.id', 'g.lead_unit_id')
    .selectAll('g')
    .select('u.name as lead_unit_name')
    .select((eb) =>
      eb
        .selectFrom('program_participations as pp')
        .whereRef('pp.program_id', '=', 'g.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('participant_count'),
    )
    .where('g.instansi_id', '=', instansiId);
}

type ProgramRow = Awaited<ReturnType<ReturnType<typeof selectPrograms>['executeTakeFirstOrThrow']>>;

const toProgram = (r: ProgramRow): GovernmentProgram => ({
  id: r.id,
  instansiId: r.instansi_id,
  code: r.code,
  name: r.name,
  description: r.description,
  leadUnitId: r.lead_unit_id,
  leadUnitName: r.lead_unit_name,
  startDate: r.start_date as LocalDate,
  endDate: r.end_date as LocalDate | null,
  participantCount: Number(r.participant_count ?? 0),
  version: r.version,
});

export async function listPrograms(db: Kysely<Database>, instansiId: number): Promise<GovernmentProgram[]> {
  const rows = await selectPrograms(db, instansiId)
    .orderBy('g.start_date', 'desc')
    .orderBy('g.code')
    .execute();
  return rows.map(toProgram);
}

export async function getProgram(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<GovernmentProgram | null> {
  const row = await selectPrograms(db, instansiId).where('g.id', '=', id).executeTakeFirst();
  return row ? toProgram(row) : null;
}

export async function getProgramByCode(db: Kysely<Database>, instansiId: number, code: string) {
  const row = await selectPrograms(db, instansiId).where('g.code', '=', code).executeTakeFirst();
  return row ? toProgram(row) : null;
}

const programColumns = (p: ProgramInput) => ({
  code: p.code,
  name: p.name,
  description: p.description,
  lead_unit_id: p.leadUnitId,
  start_date: p.startDate,
  end_date: p.endDate,
});

export async function insertProgram(
  db: Kysely<Database>,
  instansiId: number,
  p: ProgramInput,
): Promise<number> {
  const row = await db
    .insertInto('government_programs')
    .values({ instansi_id: instansiId, ...programColumns(p) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProgram(db: Kysely<Database>, id: number, version: number, p: ProgramInput) {
  return updateWithVersion(db, 'government_programs', id, version, programColumns(p));
}

/** The participants of a programme (optionally only those in some units' current staff). */
export async function listParticipations(
  db: Kysely<Database>,
  instansiId: number,
  programId: number,
  employeeIds?: readonly number[],
): Promise<Participation[]> {
  let query = db
    .selectFrom('program_participations as pp')
    .innerJoin('employees as e', 'e.id', 'pp.employee_id')
    .selectAll('pp')
    .select(['e.nip', 'e.name'])
    .where('pp.instansi_id', '=', instansiId)
    .where('pp.program_id', '=', programId);
  if (employeeIds) query = query.where('pp.employee_id', 'in', employeeIds.length ? [...employeeIds] : [-1]);
  const rows = await query.orderBy('pp.start_date').orderBy('e.name').execute();
  return rows.map((r) => ({
    id: r.id,
    programId: r.program_id,
    employeeId: r.employee_id,
    nip: r.nip as Nip,
    name: r.name,
    role: r.role as ProgramRole,
    startDate: r.start_date as LocalDate,
    endDate: r.end_date as LocalDate,
    hours: Number(r.hours),
    outcome: r.outcome as ProgramOutcome,
    evidence: { kind: r.evidence_kind as EvidenceKind, reference: r.evidence_ref },
    version: r.version,
  }));
}

export async function getParticipation(
  db: Kysely<Database>,
  instansiId: number,
  programId: number,
  id: number,
) {
  return (await listParticipations(db, instansiId, programId)).find((p) => p.id === id) ?? null;
}

const participationColumns = (p: ParticipationInput) => ({
  employee_id: p.employeeId,
  role: p.role,
  start_date: p.startDate,
  end_date: p.endDate,
  hours: p.hours,
  outcome: p.outcome,
  evidence_kind: p.evidence.kind,
  evidence_ref: p.evidence.reference,
});

export async function insertParticipation(
  trx: Transaction<Database>,
  instansiId: number,
  programId: number,
  p: ParticipationInput,
): Promise<number> {
  const row = await trx
    .insertInto('program_participations')
    .values({ instansi_id: instansiId, program_id: programId, ...participationColumns(p) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateParticipation(
  trx: Transaction<Database>,
  id: number,
  version: number,
  p: ParticipationInput,
): Promise<number> {
  return updateWithVersion(trx, 'program_participations', id, version, participationColumns(p));
}

export async function deleteParticipation(trx: Transaction<Database>, instansiId: number, id: number) {
  await trx
    .deleteFrom('program_participations')
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .execute();
}
