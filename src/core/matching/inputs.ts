import type { Employee } from '../model/employee.js';
import type { LocalDate } from '../model/local-date.js';
import type { Position, PositionFamily, PositionGrade } from '../model/position.js';
import type { UnitKind } from '../model/unit.js';

/**
 * What eligibility and matching need to know about people and posts, as plain values. The service
 * layer fills them from the store and from the evaluation feature (issue 4); nothing here depends on
 * how they are computed.
 */

/** The five statutory employee predikat, best first (PermenPANRB 6/2022, DOMAIN.md 5.2 and 13). */
export const PREDIKATS = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG_MISCONDUCT',
  'SANGAT_KURANG',
] as const;
export type Predikat = (typeof PREDIKATS)[number];

/**
 * Higher is better: SANGAT_BAIK = 4 ... SANGAT_KURANG = 0.
 * @example predikatRank('BAIK') > predikatRank('BUTUH_PERBAIKAN') // true
 */
export function predikatRank(p: Predikat): number {
  return PREDIKATS.length - 1 - PREDIKATS.indexOf(p);
}

/** A box of the talent grid (Kotak 9, PermenPANRB 3/2020; DOMAIN.md 7.1): 9 best, 1 worst. */
export type TalentBox = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface AnnualPredikat {
  readonly year: number;
  readonly predikat: Predikat;
}

/** A person's evaluation as of the matching date; `null` and `[]` mean "no data", never zero. */
export interface PerformanceSnapshot {
  /** The annual (tahunan) SKP predikat per year. */
  readonly annualPredikat: readonly AnnualPredikat[];
  /** The instansi's composite performance index, 0-100. */
  readonly performanceIndex: number | null;
  readonly talentBox: TalentBox | null;
}

/** A snapshot with no evaluation at all (every performance component then shows "no data"). */
export const NO_PERFORMANCE_DATA: PerformanceSnapshot = {
  annualPredikat: [],
  performanceIndex: null,
  talentBox: null,
};

/** Where the employee says they would like to work (a stated preference, not a right). */
export interface EmployeePreference {
  readonly statedOn: LocalDate;
  readonly positionIds: readonly number[];
  /** Top-level OPD codes, e.g. `DINKES`. */
  readonly opdCodes: readonly string[];
  readonly families: readonly PositionFamily[];
}

/**
 * One post of the employee's position history with what rules need about the position itself
 * (Employee.positionHistory only names it). Build it with `buildCareer`.
 */
export interface CareerStep {
  readonly positionId: number;
  readonly grade: PositionGrade;
  readonly family: PositionFamily;
  readonly opdCode: string;
  readonly tugasTambahan: string | null;
  readonly startDate: LocalDate;
  /** null = the current post. */
  readonly endDate: LocalDate | null;
}

/** A person as eligibility and matching see them. */
export interface Candidate {
  readonly employee: Employee;
  readonly performance: PerformanceSnapshot;
  /** Position history with grades, oldest first; the entry without end date is the current post. */
  readonly career: readonly CareerStep[];
  readonly preference: EmployeePreference | null;
  /** In court proceedings (Perban BKN 5/2019); null or absent = not recorded. */
  readonly inCourtProceedings?: boolean | null;
  /** End of a service bond (ikatan dinas), if any. */
  readonly serviceBondUntil?: LocalDate | null;
}

/** The unit a position sits in, with the facts relevance and scope rules read. */
export interface PostUnit {
  readonly id: number;
  readonly code: string;
  readonly kind: UnitKind;
  /** Code of the top-level unit (the OPD or kecamatan), e.g. `DINKES`. */
  readonly opdCode: string;
  /** Kinds of this unit and of every unit above it, e.g. `['BIDANG', 'RUMAH_SAKIT', 'OPD']`. */
  readonly lineageKinds: readonly UnitKind[];
}

/** Grounds on which a JPT may be replaced within 2 years (UU 5/2014 Pasal 116(1)). */
export type JptReplacementGround = 'VIOLATION' | 'NO_LONGER_QUALIFIED';

/** The current holder of a single-seat post, for the JPT 2-year protection. */
export interface Incumbent {
  readonly employeeId: number;
  /** Date of installation (pelantikan) in this post. */
  readonly installedOn: LocalDate;
  readonly replacementGround: JptReplacementGround | null;
}

/** A position as eligibility and matching see it. */
export interface Post {
  readonly position: Position;
  readonly unit: PostUnit;
  /**
   * The holder, when the post has one seat and it is filled. It lives on the post (not on the
   * evaluation context) because the whole-city scoring looks at every post at once.
   */
  readonly incumbent: Incumbent | null;
}
