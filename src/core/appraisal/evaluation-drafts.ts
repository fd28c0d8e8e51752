import type { CompetencyAssessmentDraft } from '../model/drafts.js';
import type { LocalDate } from '../model/local-date.js';
import type { Nip } from '../model/nip.js';
import type { PeriodSpan } from './period.js';
import type { AppraisalPolicy, OrganisationGrade } from './policy.js';
import type { Rating } from './ratings.js';
import type { Evidence, InnovationRole, InnovationStatus, ParticipationValue } from './records.js';

/**
 * Evaluation records before they have ids, referring to people by NIP, to units by code and to
 * periods by code: what the demo generator makes and the store writes in one go (the drafts seam,
 * ARCHITECTURE.md). Periods with `close` are closed after their records are written.
 */
export interface EvaluationDataset {
  readonly periods: readonly (PeriodSpan & { readonly close: boolean })[];
  readonly skp: readonly SkpDraft[];
  readonly attendance: readonly AttendanceDraft[];
  readonly innovations: readonly InnovationDraft[];
  readonly programs: readonly ProgramDraft[];
  readonly unitGrades: readonly { periodCode: string; unitCode: string; grade: OrganisationGrade }[];
  /** A policy version the instansi set (written as version 1, by its head of BKPSDM), or none. */
  readonly policy: {
    readonly policy: AppraisalPolicy;
    readonly reason: string;
    readonly changedAt: string;
  } | null;
  /** Earlier competency assessments, so that potential exists for the past periods too. */
  readonly assessments: readonly { readonly nip: Nip; readonly assessment: CompetencyAssessmentDraft }[];
}

export interface SkpDraft {
  readonly periodCode: string;
  readonly nip: Nip;
  /** The unit the person worked in at the period's end. */
  readonly unitCode: string | null;
  readonly hasilKerja: Rating;
  readonly perilakuKerja: Rating;
  readonly evaluatorNip: Nip | null;
  readonly evidence: Evidence;
}

export interface AttendanceDraft {
  readonly periodCode: string;
  readonly nip: Nip;
  readonly workingDays: number;
  readonly unexcusedDays: number;
  readonly lateCount: number;
  readonly evidence: Evidence;
}

export interface InnovationDraft {
  readonly title: string;
  readonly description: string;
  readonly status: InnovationStatus;
  readonly unitCode: string;
  readonly proposedOn: LocalDate;
  readonly implementedOn: LocalDate | null;
  readonly replicatedOn: LocalDate | null;
  readonly awardedOn: LocalDate | null;
  readonly evidence: Evidence;
  readonly members: readonly { readonly nip: Nip; readonly role: InnovationRole }[];
}

export interface ProgramDraft {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly leadUnitCode: string | null;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
  readonly participants: readonly (ParticipationValue & { readonly nip: Nip; readonly evidence: Evidence })[];
}
