import type { Kysely, Selectable, Transaction } from 'kysely';
import type { WriteMode } from '../../core/appraisal/period-lifecycle.js';
import type { Predikat, Rating } from '../../core/appraisal/ratings.js';
import type { AttendanceValue, EvidenceKind, SkpRatingValue } from '../../core/appraisal/records.js';
import type {
  AttendanceRecord,
  RecordSource,
  RevisionMeta,
  SkpRating,
} from '../../core/appraisal/stored-records.js';
import type { Nip } from '../../core/model/nip.js';
import { insertRows } from '../bulk-insert.js';
import type { AttendanceRecordsTable, Database, SkpRatingsTable } from '../schema.js';
import { isLatestRevision, MAX_IDS_IN_FILTER, nextRevisions } from './evaluation-revisions.js';

/** What every new revision says about itself. */
export interface NewRevision {
  readonly periodId: number;
  readonly employeeId: number;
  readonly mode: WriteMode;
  readonly source: RecordSource;
  readonly reason: string | null;
  readonly recordedByUserId: number | null;
  readonly recordedAt: string;
}

export interface NewSkpRating extends NewRevision {
  readonly unitId: number | null;
  readonly value: SkpRatingValue;
  readonly predikat: Predikat;
  readonly rulesVersion: string;
}

export interface NewAttendance extends NewRevision {
  readonly value: AttendanceValue;
}

type RevisionRow = Pick<
  Selectable<SkpRatingsTable>,
  'revision' | 'mode' | 'source' | 'reason' | 'recorded_by_user_id' | 'recorded_at'
>;

const meta = (r: RevisionRow): RevisionMeta => ({
  revision: r.revision,
  mode: r.mode as WriteMode,
  source: r.source as RecordSource,
  reason: r.reason,
  recordedByUserId: r.recorded_by_user_id,
  recordedAt: r.recorded_at,
});
const evidence = (r: { evidence_kind: string; evidence_ref: string }) => ({
  kind: r.evidence_kind as EvidenceKind,
  reference: r.evidence_ref,
});

function toSkp(r: Selectable<SkpRatingsTable>): SkpRating {
  return {
    ...meta(r),
    id: r.id,
    periodId: r.period_id,
    employeeId: r.employee_id,
    unitId: r.unit_id,
    hasilKerja: r.hasil_kerja as Rating,
    perilakuKerja: r.perilaku_kerja as Rating,
    predikat: r.predikat as Predikat,
    rulesVersion: r.rules_version,
    evaluatorNip: r.evaluator_nip as Nip | null,
    evidence: evidence(r),
  };
}

function toAttendance(r: Selectable<AttendanceRecordsTable>): AttendanceRecord {
  return {
    ...meta(r),
    id: r.id,
    periodId: r.period_id,
    employeeId: r.employee_id,
    workingDays: r.working_days,
    unexcusedDays: r.unexcused_days,
    lateCount: r.late_count,
    evidence: evidence(r),
  };
}

const REVISION_COLUMNS = [
  'revision',
  'mode',
  'source',
  'reason',
  'recorded_by_user_id',
  'recorded_at',
] as const;
const revisionValues = (r: NewRevision, revision: number) => [
  revision,
  r.mode,
  r.source,
  r.reason,
  r.recordedByUserId,
  r.recordedAt,
];

/** Appends SKP rating revisions (the next revision of each person and period); returns them. */
export async function appendSkpRatings(
  trx: Transaction<Database>,
  instansiId: number,
  rows: readonly NewSkpRating[],
): Promise<number[]> {
  const revisions = await nextRevisions(trx, 'skp_ratings', rows);
  await insertRows(
    trx,
    'skp_ratings',
    [
      'instansi_id',
      'period_id',
      'employee_id',
      'unit_id',
      'hasil_kerja',
      'perilaku_kerja',
      'predikat',
      'rules_version',
      'evaluator_nip',
      'evidence_kind',
      'evidence_ref',
      ...REVISION_COLUMNS,
    ],
    rows.map((r, i) => [
      instansiId,
      r.periodId,
      r.employeeId,
      r.unitId,
      r.value.hasilKerja,
      r.value.perilakuKerja,
      r.predikat,
      r.rulesVersion,
      r.value.evaluatorNip,
      r.value.evidence.kind,
      r.value.evidence.reference,
      ...revisionValues(r, revisions[i]!),
    ]),
  );
  return revisions;
}

export async function appendAttendance(
  trx: Transaction<Database>,
  instansiId: number,
  rows: readonly NewAttendance[],
): Promise<number[]> {
  const revisions = await nextRevisions(trx, 'attendance_records', rows);
  await insertRows(
    trx,
    'attendance_records',
    [
      'instansi_id',
      'period_id',
      'employee_id',
      'working_days',
      'unexcused_days',
      'late_count',
      'evidence_kind',
      'evidence_ref',
      ...REVISION_COLUMNS,
    ],
    rows.map((r, i) => [
      instansiId,
      r.periodId,
      r.employeeId,
      r.value.workingDays,
      r.value.unexcusedDays,
      r.value.lateCount,
      r.value.evidence.kind,
      r.value.evidence.reference,
      ...revisionValues(r, revisions[i]!),
    ]),
  );
  return revisions;
}

/** The current (latest) SKP rating of each person rated in the period, optionally only some people. */
export async function currentSkpRatings(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
  employeeIds?: readonly number[],
): Promise<SkpRating[]> {
  let query = db
    .selectFrom('skp_ratings as r')
    .selectAll('r')
    .where('r.instansi_id', '=', instansiId)
    .where('r.period_id', '=', periodId)
    .where(isLatestRevision('skp_ratings', 'r'));
  if (employeeIds && employeeIds.length <= MAX_IDS_IN_FILTER)
    query = query.where('r.employee_id', 'in', employeeIds.length ? [...employeeIds] : [-1]);
  const rows = (await query.orderBy('r.employee_id').execute()).map(toSkp);
  if (!employeeIds || employeeIds.length <= MAX_IDS_IN_FILTER) return rows;
  const wanted = new Set(employeeIds);
  return rows.filter((r) => wanted.has(r.employeeId));
}

export async function currentAttendance(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
  employeeIds?: readonly number[],
): Promise<AttendanceRecord[]> {
  let query = db
    .selectFrom('attendance_records as r')
    .selectAll('r')
    .where('r.instansi_id', '=', instansiId)
    .where('r.period_id', '=', periodId)
    .where(isLatestRevision('attendance_records', 'r'));
  if (employeeIds && employeeIds.length <= MAX_IDS_IN_FILTER)
    query = query.where('r.employee_id', 'in', employeeIds.length ? [...employeeIds] : [-1]);
  const rows = (await query.orderBy('r.employee_id').execute()).map(toAttendance);
  if (!employeeIds || employeeIds.length <= MAX_IDS_IN_FILTER) return rows;
  const wanted = new Set(employeeIds);
  return rows.filter((r) => wanted.has(r.employeeId));
}

/** Every revision of a person's SKP ratings and attendance, over all periods (oldest first). */
export async function recordHistory(
  db: Kysely<Database>,
  instansiId: number,
  employeeId: number,
): Promise<{ skp: SkpRating[]; attendance: AttendanceRecord[] }> {
  const [skp, attendance] = await Promise.all([
    db
      .selectFrom('skp_ratings')
      .selectAll()
      .where('instansi_id', '=', instansiId)
      .where('employee_id', '=', employeeId)
      .orderBy('period_id')
      .orderBy('revision')
      .execute(),
    db
      .selectFrom('attendance_records')
      .selectAll()
      .where('instansi_id', '=', instansiId)
      .where('employee_id', '=', employeeId)
      .orderBy('period_id')
      .orderBy('revision')
      .execute(),
  ]);
  return { skp: skp.map(toSkp), attendance: attendance.map(toAttendance) };
}
