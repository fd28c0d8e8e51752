import type { Kysely, Transaction } from 'kysely';
import type { EvidenceKind, ProgramOutcome, ProgramRole } from '../../core/appraisal/records.js';
import type { Participation } from '../../core/appraisal/stored-records.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Nip } from '../../core/model/nip.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';
import type { ParticipationInput } from './evaluation-programs.js';

/** A participation with the programme it belongs to (a person's list, the import's lookup). */
export interface ProgramParticipation extends Participation {
  readonly programCode: string;
  readonly programName: string;
}

function selectParticipations(db: Kysely<Database>, instansiId: number) {
  return db
    .selectFrom('program_participations as pp')
    .innerJoin('employees as e', 'e.id', 'pp.employee_id')
    .innerJoin('government_programs as g', 'g.id', 'pp.program_id')
    .selectAll('pp')
    .select(['e.nip', 'e.name', 'g.code as program_code', 'g.name as program_name'])
    .where('pp.instansi_id', '=', instansiId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectParticipations>['execute']>>[number];

const toParticipation = (r: Row): ProgramParticipation => ({
  id: r.id,
  programId: r.program_id,
  programCode: r.program_code,
  programName: r.program_name,
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
});

/** Every part one person has had in a programme, latest first. */
export async function listPersonParticipations(
  db: Kysely<Database>,
  instansiId: number,
  employeeId: number,
): Promise<ProgramParticipation[]> {
  const rows = await selectParticipations(db, instansiId)
    .where('pp.employee_id', '=', employeeId)
    .orderBy('pp.start_date', 'desc')
    .orderBy('pp.id', 'desc')
    .execute();
  return rows.map(toParticipation);
}

/** The participations of some programmes (all of the instansi's when `programIds` is absent). */
export async function listProgramParticipations(
  db: Kysely<Database>,
  instansiId: number,
  programIds?: readonly number[],
): Promise<ProgramParticipation[]> {
  let query = selectParticipations(db, instansiId);
  if (programIds) query = query.where('pp.program_id', 'in', programIds.length ? [...programIds] : [-1]);
  const rows = await query.orderBy('pp.program_id').orderBy('pp.start_date').orderBy('pp.id').execute();
  return rows.map(toParticipation);
}

/** Ids of the programmes with at least one participant now posted in one of the units. */
export async function programIdsWithStaffOf(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('program_participations as pp')
    .innerJoin('employees as e', 'e.id', 'pp.employee_id')
    .innerJoin('positions as p', 'p.id', 'e.current_position_id')
    .select('pp.program_id')
    .distinct()
    .where('pp.instansi_id', '=', instansiId)
    .where('p.unit_id', 'in', [...unitIds])
    .execute();
  return new Set(rows.map((r) => r.program_id));
}

/** Writes many participations of one programme at once (bulk entry, import); returns their ids. */
export async function insertParticipations(
  trx: Transaction<Database>,
  instansiId: number,
  programId: number,
  parts: readonly ParticipationInput[],
): Promise<number[]> {
  if (parts.length === 0) return [];
  const rows = await insertRows(
    trx,
    'program_participations',
    [
      'instansi_id',
      'program_id',
      'employee_id',
      'role',
      'start_date',
      'end_date',
      'hours',
      'outcome',
      'evidence_kind',
      'evidence_ref',
    ],
    parts.map((p) => [
      instansiId,
      programId,
      p.employeeId,
      p.role,
      p.startDate,
      p.endDate,
      p.hours,
      p.outcome,
      p.evidence.kind,
      p.evidence.reference,
    ]),
    { returning: ['id'] },
  );
  return rows.map((r) => r.id);
}
