import type { Role } from '../policies/roles.js';
import type { CompetencyScore, CompetencyStandard } from './competency.js';
import type { Education, EducationRequirement } from './education.js';
import type {
  DisciplinaryStatus,
  EmployeeStatus,
  Gender,
  HukdisLevel,
  HukdisType,
  TrainingRecord,
} from './employee.js';
import type { GolonganCode } from './golongan.js';
import type { LocalDate } from './local-date.js';
import type { EmploymentType, Nip } from './nip.js';
import type { PositionFamily, PositionGrade } from './position.js';
import type { Licence, Profession } from './profession.js';
import type { InstansiKind, UnitKind } from './unit.js';

/**
 * Drafts are records before they have database ids: what the demo generator and the importers
 * produce and the store writes. They refer to each other by natural keys (unit code, position code,
 * NIP), so a whole data set can be built, validated and written in one transaction.
 */
export interface InstansiDraft {
  readonly code: string;
  readonly name: string;
  readonly kind: InstansiKind;
  readonly province: string;
  readonly regionCode: string;
}

export interface UnitDraft {
  readonly code: string;
  readonly parentCode: string | null;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: UnitKind;
}

export interface PositionDraft {
  readonly code: string;
  readonly unitCode: string;
  readonly name: string;
  readonly grade: PositionGrade;
  readonly family: PositionFamily;
  readonly kelasJabatan: number | null;
  readonly minGolongan: GolonganCode | null;
  readonly educationRequirements: readonly EducationRequirement[];
  readonly competencyStandard: readonly CompetencyStandard[];
  readonly isStrategic: boolean;
  readonly seats: number;
  readonly tugasTambahan: string | null;
  readonly profession: Profession | null;
}

export interface AssignmentDraft {
  readonly positionCode: string;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
  readonly skNumber: string | null;
}

export interface DisciplinaryCaseDraft {
  readonly status: DisciplinaryStatus;
  readonly level: HukdisLevel | null;
  readonly penaltyType: HukdisType | null;
  readonly description: string;
  readonly decisionNumber: string | null;
  readonly decisionDate: LocalDate | null;
  readonly startDate: LocalDate | null;
  readonly endDate: LocalDate | null;
  readonly suspendedFromDuty: boolean;
}

export interface CompetencyAssessmentDraft {
  readonly assessedOn: LocalDate;
  readonly validUntil: LocalDate | null;
  readonly assessor: string;
  readonly scores: readonly CompetencyScore[];
}

export interface EmployeeDraft {
  readonly nip: Nip;
  readonly name: string;
  readonly frontTitle: string | null;
  readonly backTitle: string | null;
  readonly gender: Gender;
  readonly birthDate: LocalDate;
  readonly birthPlace: string | null;
  readonly employmentType: EmploymentType;
  readonly status: EmployeeStatus;
  readonly tmtCpns: LocalDate | null;
  /** Rank history, oldest first; the last entry is the current golongan. */
  readonly rankHistory: readonly { golongan: GolonganCode; tmt: LocalDate; skNumber: string | null }[];
  readonly education: readonly Education[];
  /** Position history, oldest first; at most one entry has no end date (the current post). */
  readonly positionHistory: readonly AssignmentDraft[];
  readonly competencyAssessments: readonly CompetencyAssessmentDraft[];
  readonly trainings: readonly Omit<TrainingRecord, 'id'>[];
  readonly disciplinaryCases: readonly DisciplinaryCaseDraft[];
  readonly licences: readonly Omit<Licence, 'id'>[];
}

/** A user account; demo accounts exist only in demo mode. The password is hashed by the service. */
export interface UserDraft {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /**
   * For the EMPLOYEE role: the employee this account belongs to. A review board account may name the
   * official who holds it (their NIP and post go into board sessions); other roles leave it null.
   */
  readonly employeeNip: Nip | null;
  /** For the OPD_HEAD role: the units (top-level OPD codes) in scope, sub-units included. */
  readonly unitCodes: readonly string[];
}

/** A whole data set for one instansi: what the demo generator makes and `seed` writes. */
export interface InstansiDataset {
  readonly instansi: InstansiDraft;
  readonly units: readonly UnitDraft[];
  readonly positions: readonly PositionDraft[];
  readonly employees: readonly EmployeeDraft[];
  readonly users: readonly UserDraft[];
}
