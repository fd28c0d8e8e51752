import type { LocalDate } from '../model/local-date.js';
import type { Nip } from '../model/nip.js';
import type { EvaluationResult } from './evaluate-person.js';
import type { WriteMode } from './period-lifecycle.js';
import type { Predikat } from './ratings.js';
import type {
  AttendanceValue,
  Evidence,
  InnovationDates,
  InnovationRole,
  InnovationStatus,
  ParticipationValue,
  SkpRatingValue,
} from './records.js';

/** Where a revision came from. */
export const RECORD_SOURCES = ['FORM', 'IMPORT', 'DEMO'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** Who wrote a version of a record, when, how and why. */
export interface RevisionMeta {
  readonly revision: number;
  readonly mode: WriteMode;
  readonly source: RecordSource;
  readonly reason: string | null;
  readonly recordedByUserId: number | null;
  /** ISO-8601 instant. */
  readonly recordedAt: string;
}

interface PersonPeriod {
  readonly id: number;
  readonly periodId: number;
  readonly employeeId: number;
}

/** A stored SKP rating version, with its derived predikat and the rules it was derived by. */
export interface SkpRating extends SkpRatingValue, RevisionMeta, PersonPeriod {
  readonly unitId: number | null;
  readonly predikat: Predikat;
  readonly rulesVersion: string;
}

export interface AttendanceRecord extends AttendanceValue, RevisionMeta, PersonPeriod {}

export interface InnovationMember {
  readonly employeeId: number;
  readonly nip: Nip;
  readonly name: string;
  readonly role: InnovationRole;
}

export interface Innovation extends InnovationDates {
  readonly id: number;
  readonly instansiId: number;
  readonly unitId: number;
  readonly unitName: string;
  readonly title: string;
  readonly description: string;
  readonly status: InnovationStatus;
  readonly evidence: Evidence;
  readonly members: readonly InnovationMember[];
  readonly version: number;
}

export interface GovernmentProgram {
  readonly id: number;
  readonly instansiId: number;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly leadUnitId: number | null;
  readonly leadUnitName: string | null;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
  readonly participantCount: number;
  readonly version: number;
}

export interface Participation extends ParticipationValue {
  readonly id: number;
  readonly programId: number;
  readonly employeeId: number;
  readonly nip: Nip;
  readonly name: string;
  readonly evidence: Evidence;
  readonly version: number;
}

/** A person's evaluation of a period as stored when the period closed (or corrected later). */
export interface StoredResult {
  readonly periodId: number;
  readonly employeeId: number;
  readonly unitId: number | null;
  readonly revision: number;
  readonly policyVersion: number;
  readonly result: EvaluationResult;
  readonly reason: string | null;
  readonly computedByUserId: number | null;
  readonly computedAt: string;
}
