import type { FieldIssue, LocalizedMessage } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import type { Nip } from '../model/nip.js';
import type { PeriodSpan } from './period.js';
import type { Rating } from './ratings.js';

/**
 * The evaluation inputs as records. Every record carries its evidence (*bukti dukung*, DOMAIN.md
 * 5.5): a document reference (SKP document number, attendance recap, SK), an uploaded file kept by
 * Penata (`att:` and its SHA-256, see register-evidence.ts) or a link to where it is published.
 */
export const EVIDENCE_KINDS = ['DOCUMENT', 'ATTACHMENT', 'LINK'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  readonly kind: EvidenceKind;
  /** e.g. `SKP/BKPSDM/2025/0143`, `Rekap absensi e-Presensi 2025-TW1`, `att:7f3c...`, `https://...`. */
  readonly reference: string;
}

/** The national SKP rating of one person in one period; the predikat is derived from it. */
export interface SkpRatingValue {
  readonly hasilKerja: Rating;
  readonly perilakuKerja: Rating;
  /** NIP of the *pejabat penilai kinerja* (the appraising official), when known. */
  readonly evaluatorNip: Nip | null;
  readonly evidence: Evidence;
}

/** Attendance of one person over one period (from the attendance system's recap). */
export interface AttendanceValue {
  readonly workingDays: number;
  /** Unexcused absences (*alpa / tanpa keterangan*), in working days. */
  readonly unexcusedDays: number;
  /** Late arrivals (*terlambat*), counted per day. */
  readonly lateCount: number;
  readonly evidence: Evidence;
}

export const RECORD_KINDS = ['SKP', 'ATTENDANCE'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Innovation lifecycle, in order (the local innovation register; DOMAIN.md 5.5). */
export const INNOVATION_STATUSES = ['PROPOSED', 'IMPLEMENTED', 'REPLICATED', 'AWARDED'] as const;
export type InnovationStatus = (typeof INNOVATION_STATUSES)[number];
export const INNOVATION_ROLES = ['LEAD', 'MEMBER'] as const;
export type InnovationRole = (typeof INNOVATION_ROLES)[number];

/** The date each status was reached; later statuses stay null until reached. */
export interface InnovationDates {
  readonly proposedOn: LocalDate;
  readonly implementedOn: LocalDate | null;
  readonly replicatedOn: LocalDate | null;
  readonly awardedOn: LocalDate | null;
}

export const PROGRAM_ROLES = ['COORDINATOR', 'MEMBER', 'SUPPORT'] as const;
export type ProgramRole = (typeof PROGRAM_ROLES)[number];
export const PROGRAM_OUTCOMES = ['EXCEEDED', 'ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED', 'ONGOING'] as const;
export type ProgramOutcome = (typeof PROGRAM_OUTCOMES)[number];

/** One person's part in a government programme over a span of time. */
export interface ParticipationValue {
  readonly role: ProgramRole;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
  readonly hours: number;
  readonly outcome: ProgramOutcome;
}

const DATE_KEYS = ['proposedOn', 'implementedOn', 'replicatedOn', 'awardedOn'] as const;

/**
 * The status an innovation had on a date and when it reached it, or null before it was proposed.
 * @example innovationStatusOn({ proposedOn: '2024-02-01', implementedOn: '2024-09-01', ... }, '2024-06-30')
 *   // { status: 'PROPOSED', since: '2024-02-01' }
 */
export function innovationStatusOn(
  dates: InnovationDates,
  on: LocalDate,
): { readonly status: InnovationStatus; readonly since: LocalDate } | null {
  for (let i = DATE_KEYS.length - 1; i >= 0; i--) {
    const since = dates[DATE_KEYS[i]!];
    if (since !== null && since <= on) return { status: INNOVATION_STATUSES[i]!, since };
  }
  return null;
}

/**
 * Dates must follow the lifecycle: proposed, then implemented, then (optionally) replicated, and an
 * award after implementation; each status's own date is required and no date may be given for a
 * stage not reached, nor fall before an earlier stage.
 */
export function checkInnovationDates(status: InnovationStatus, dates: InnovationDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const reached = INNOVATION_STATUSES.indexOf(status);
  // A replication is optional on the way to an award.
  const required = (i: number) => i <= reached && !(i === 2 && status === 'AWARDED');
  let previous: LocalDate | null = null;
  DATE_KEYS.forEach((key, i) => {
    const value = dates[key];
    if (required(i) && value === null) issues.push(dateIssue(key, value, 'INNOVATION_DATE_REQUIRED'));
    if (i > reached && value !== null) issues.push(dateIssue(key, value, 'INNOVATION_DATE_AHEAD_OF_STATUS'));
    if (value !== null && previous !== null && value < previous) {
      issues.push(dateIssue(key, value, 'INNOVATION_DATE_ORDER'));
    }
    if (value !== null) previous = value;
  });
  return issues;
}

const DATE_RULE_TEXT: Record<string, { id: string; en: string }> = {
  INNOVATION_DATE_REQUIRED: {
    id: 'tanggal wajib diisi untuk status ini',
    en: 'the date is required for this status',
  },
  INNOVATION_DATE_AHEAD_OF_STATUS: {
    id: 'tanggal diisi untuk tahap yang belum dicapai',
    en: 'a date is given for a stage not reached yet',
  },
  INNOVATION_DATE_ORDER: {
    id: 'tanggal harus sesudah tahap sebelumnya',
    en: 'the date must follow the previous stage',
  },
};

function dateIssue(field: string, value: unknown, rule: string): FieldIssue {
  const text = DATE_RULE_TEXT[rule]!;
  return {
    field,
    value,
    code: 'VALIDATION_FAILED',
    rule,
    message: { id: `Inovasi: ${field} ${text.id}`, en: `Innovation: ${field}: ${text.en}` },
  };
}

/**
 * Attendance must fit the period: at least one working day, no more working days than calendar
 * days, absences and late days within the working days.
 */
export function checkAttendance(
  value: Pick<AttendanceValue, 'workingDays' | 'unexcusedDays' | 'lateCount'>,
  period: Pick<PeriodSpan, 'startDate' | 'endDate'>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const calendarDays =
    Math.round((Date.parse(period.endDate) - Date.parse(period.startDate)) / 86_400_000) + 1;
  const { workingDays, unexcusedDays, lateCount } = value;
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > calendarDays) {
    issues.push(
      countIssue(
        'workingDays',
        workingDays,
        'WORKING_DAYS_RANGE',
        `1-${calendarDays}`,
        `1 to ${calendarDays}`,
      ),
    );
  }
  for (const [field, n] of [
    ['unexcusedDays', unexcusedDays],
    ['lateCount', lateCount],
  ] as const) {
    if (!Number.isInteger(n) || n < 0 || (Number.isInteger(workingDays) && n > workingDays)) {
      issues.push(
        countIssue(
          field,
          n,
          'DAYS_WITHIN_WORKING_DAYS',
          `0-${workingDays} (hari kerja)`,
          `0 to ${workingDays} (working days)`,
        ),
      );
    }
  }
  return issues;
}

/** The attendance counts as the recap names them: the message names the column, never the field code. */
const COUNT_NAMES: Readonly<Record<'workingDays' | 'unexcusedDays' | 'lateCount', LocalizedMessage>> = {
  workingDays: { id: 'Hari kerja', en: 'Working days' },
  unexcusedDays: { id: 'Alpa (tanpa keterangan)', en: 'Unexcused absences' },
  lateCount: { id: 'Terlambat', en: 'Late arrivals' },
};

function countIssue(
  field: keyof typeof COUNT_NAMES,
  value: unknown,
  rule: string,
  id: string,
  en: string,
): FieldIssue {
  const name = COUNT_NAMES[field];
  return {
    field,
    value,
    code: 'VALIDATION_FAILED',
    rule,
    message: {
      id: `${name.id} "${String(value)}" harus bilangan bulat ${id}`,
      en: `${name.en} "${String(value)}" must be a whole number from ${en}`,
    },
  };
}
