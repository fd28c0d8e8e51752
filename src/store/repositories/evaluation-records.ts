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
import type { Database } from '../schema.js';
import type { AttendanceRecordsTable, SkpRatingsTable } from '../schema-evaluation.js';
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

/** The revision trail every revision row carries, in insert order. */
export const REVISION_COLUMNS = [
  'revision',
  'mode',
  'source',
  'reason',
  'recorded_by_user_id',
  'recorded_at',
] as const;

/** Insert columns of an SKP rating revision (values follow this order). */
export const SKP_RATING_COLUMNS = [
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
] as const;

/** Insert columns of an attendance revision (values follow this order). */
export const ATTENDANCE_COLUMNS = [
  'instansi_id',
  'period_id',
  'employee_id',
  'working_days',
  'unexcused_days',
  'late_count',
  'evidence_kind',
  'evidence_ref',
  ...REVISION_COLUMNS,
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
  return appendRevisions(trx, 'skp_ratings', SKP_RATING_COLUMNS, instansiId, rows, (r) => [
    r.unitId,
    r.value.hasilKerja,
    r.value.perilakuKerja,
    r.predikat,
    r.rulesVersion,
    r.value.evaluatorNip,
    r.value.evidence.kind,
    r.value.evidence.reference,
  ]);
}

/** Appends attendance revisions (the next revision of each person and period); returns them. */
export async function appendAttendance(
  trx: Transaction<Database>,
  instansiId: number,
  rows: readonly NewAttendance[],
): Promise<number[]> {
  return appendRevisions(trx, 'attendance_records', ATTENDANCE_COLUMNS, instansiId, rows, (r) => [
    r.value.workingDays,
    r.value.unexcusedDays,
    r.value.lateCount,
    r.value.evidence.kind,
    r.value.evidence.reference,
  ]);
}

/**
 * Inserts each row as the next revision of its (period, employee): `columns` start with the instansi,
 * period and employee, then `valuesOf` a row, and end with the revision trail.
 */
async function appendRevisions<T extends 'skp_ratings' | 'attendance_records', R extends NewRevision>(
  trx: Transaction<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  instansiId: number,
  rows: readonly R[],
  valuesOf: (row: R) => unknown[],
): Promise<number[]> {
  const revisions = await nextRevisions(trx, table, rows);
  await insertRows(
    trx,
    table,
    columns,
    rows.map((r, i) => [
      instansiId,
      r.periodId,
      r.employeeId,
      ...valuesOf(r),
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
  return (await latestRevisionsInPeriod(db, 'skp_ratings', instansiId, periodId, employeeIds)).map(toSkp);
}

/** The current (latest) attendance record of each person in the period, optionally only some people. */
export async function currentAttendance(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
  employeeIds?: readonly number[],
): Promise<AttendanceRecord[]> {
  return (await latestRevisionsInPeriod(db, 'attendance_records', instansiId, periodId, employeeIds)).map(
    toAttendance,
  );
}

/**
 * The latest revision row of each person in a period, ordered by employee, optionally only some
 * people. Past `MAX_IDS_IN_FILTER` ids the whole period is read and filtered here (bind limits).
 */
async function latestRevisionsInPeriod<T extends 'skp_ratings' | 'attendance_records'>(
  db: Kysely<Database>,
  table: T,
  instansiId: number,
  periodId: number,
  employeeIds?: readonly number[],
): Promise<Selectable<Database[T]>[]> {
  const few = employeeIds !== undefined && employeeIds.length <= MAX_IDS_IN_FILTER;
  // Both tables share the keyed columns; the cast picks one shape for the query builder.
  const rows = await db
    .selectFrom(`${table} as r` as 'skp_ratings as r')
    .selectAll('r')
    .where('r.instansi_id', '=', instansiId)
    .where('r.period_id', '=', periodId)
    .where(isLatestRevision(table, 'r'))
    .$if(few, (q) => q.where('r.employee_id', 'in', employeeIds?.length ? [...employeeIds] : [-1]))
    .orderBy('r.employee_id')
    .execute();
  const wanted = employeeIds && !few ? new Set(employeeIds) : null;
  return (wanted ? rows.filter((r) => wanted.has(r.employee_id)) : rows) as Selectable<Database[T]>[];
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
