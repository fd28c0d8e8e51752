import type { RuleCode } from '../eligibility/codes.js';
import type { LocalizedMessage } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import type { PositionKind } from '../model/position.js';

/**
 * The JPT selection record (DOMAIN.md 15.3 and 1.4): a JPT post (Kepala Dinas, Kepala Badan, Sekda,
 * Asisten, Staf Ahli) is filled only through a selection whose committee proposes three names to the
 * PPK, who chooses one. The record is what the SK of such a move relies on.
 */

/**
 * How the post is filled: open and competitive selection (*seleksi terbuka*, PP 11/2017 Pasal
 * 108-121 as amended) [V]; from the talent pool (UU 20/2023) [S]; rotation of a sitting JPT after a
 * competency test (*uji kompetensi*) [S].
 */
export const SELECTION_KINDS = ['OPEN', 'TALENT_POOL', 'JPT_ROTATION'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

/** The stages of a selection, in the order they must happen. RESULT is closed by the PPK's choice. */
export const SELECTION_STAGES = [
  'ANNOUNCEMENT',
  'ADMINISTRATIVE',
  'COMPETENCY',
  'INTERVIEW',
  'RESULT',
] as const;
export type SelectionStageName = (typeof SELECTION_STAGES)[number];

export const STAGE_STATUSES = ['PENDING', 'IN_PROGRESS', 'DONE'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** Roles in the selection committee (*panitia seleksi*): one chair (ketua), a secretary, members. */
export const COMMITTEE_ROLES = ['KETUA', 'SEKRETARIS', 'ANGGOTA'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** A candidate's outcome of the administrative selection. */
export const ADMINISTRATIVE_OUTCOMES = ['PENDING', 'PASSED', 'FAILED'] as const;
export type AdministrativeOutcome = (typeof ADMINISTRATIVE_OUTCOMES)[number];

export const SELECTION_STATUSES = ['IN_PROGRESS', 'COMPLETED'] as const;
export type SelectionStatus = (typeof SELECTION_STATUSES)[number];

export const JPT_KINDS: readonly PositionKind[] = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'];

/**
 * Whether posts of this kind are filled through a selection.
 * @example isJptKind('JPT_PRATAMA') // true; isJptKind('ADMINISTRATOR') // false
 */
export function isJptKind(kind: PositionKind): boolean {
  return JPT_KINDS.includes(kind);
}

export interface SelectionStage {
  readonly stage: SelectionStageName;
  readonly status: StageStatus;
  /** The day the stage was held (planned while PENDING or IN_PROGRESS, actual once DONE). */
  readonly date: LocalDate | null;
}

export interface CommitteeMember {
  readonly name: string;
  readonly role: CommitteeRole;
}

/** One eligibility rule of PP 11/2017 Pasal 107 as it came out for a candidate and the post. */
export interface Pasal107RuleResult {
  readonly code: RuleCode;
  readonly status: 'PASS' | 'WARN' | 'BLOCK';
  readonly message: LocalizedMessage;
}

/**
 * Whether a person meets PP 11/2017 Pasal 107 for the post on `checkedOn`, from the eligibility
 * rules R-EDU-LEVEL, R-EXP-JPT and R-JPT-AGE (WARN: a rule lacked data; BLOCKED: a rule blocks).
 */
export interface Pasal107Check {
  readonly status: 'MEETS' | 'WARN' | 'BLOCKED';
  readonly checkedOn: LocalDate;
  readonly results: readonly Pasal107RuleResult[];
}

export interface SelectionCandidate {
  readonly employeeId: number;
  readonly nip: string;
  readonly name: string;
  readonly administrative: AdministrativeOutcome;
  /** The Pasal 107 check made when the candidate was registered or last updated. */
  readonly pasal107: Pasal107Check | null;
  /** 1..3 when on the shortlist proposed to the PPK. */
  readonly shortlistRank: number | null;
}

/** The PPK's choice, closing the selection. */
export interface SelectionResult {
  readonly employeeId: number;
  readonly decidedOn: LocalDate;
  /** Number of the PPK's decision (keputusan) naming the chosen person. */
  readonly decreeNumber: string;
}

export interface Selection {
  readonly id: number;
  readonly instansiId: number;
  readonly positionId: number;
  readonly kind: SelectionKind;
  readonly status: SelectionStatus;
  readonly committee: readonly CommitteeMember[];
  /** Always the five stages, in SELECTION_STAGES order. */
  readonly stages: readonly SelectionStage[];
  readonly candidates: readonly SelectionCandidate[];
  /** Why the shortlist holds fewer than three names (required then). */
  readonly shortlistReason: string | null;
  readonly result: SelectionResult | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The five stages of a new selection, none started.
 * @example initialStages()[0] // { stage: 'ANNOUNCEMENT', status: 'PENDING', date: null }
 */
export function initialStages(): SelectionStage[] {
  return SELECTION_STAGES.map((stage) => ({ stage, status: 'PENDING', date: null }));
}

/**
 * The shortlist proposed to the PPK, best first (empty while none is set).
 * @example shortlistOf(selection).map((c) => c.name) // ['A', 'B', 'C']
 */
export function shortlistOf(selection: Pick<Selection, 'candidates'>): SelectionCandidate[] {
  return selection.candidates
    .filter((c) => c.shortlistRank !== null)
    .sort((a, b) => (a.shortlistRank ?? 0) - (b.shortlistRank ?? 0));
}

/**
 * A candidate the committee may propose: passed the administrative selection and not blocked by
 * Pasal 107 (a WARN, i.e. missing data, leaves the committee to judge).
 * @example isQualified({ administrative: 'PASSED', pasal107: { status: 'MEETS', ... } }) // true
 */
export function isQualified(c: Pick<SelectionCandidate, 'administrative' | 'pasal107'>): boolean {
  return c.administrative === 'PASSED' && c.pasal107?.status !== 'BLOCKED';
}

/** The stage record of a selection by name. */
export function stageOf(selection: Pick<Selection, 'stages'>, name: SelectionStageName): SelectionStage {
  const s = selection.stages.find((x) => x.stage === name);
  return s ?? { stage: name, status: 'PENDING', date: null };
}
