import type { CompetencyAssessment } from './competency.js';
import type { Education } from './education.js';
import type { GolonganCode } from './golongan.js';
import type { LocalDate } from './local-date.js';
import type { EmploymentType, Nip } from './nip.js';
import type { Licence } from './profession.js';

export type Gender = 'M' | 'F';
export const GENDERS: readonly Gender[] = ['M', 'F'];

export const EMPLOYEE_STATUSES = ['ACTIVE', 'LEAVE', 'TUGAS_BELAJAR', 'SUSPENDED', 'RETIRED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** One row of riwayat jabatan: a position held from TMT until `endDate` (null = current). */
export interface PositionAssignment {
  readonly id: number;
  readonly positionId: number;
  readonly positionName: string;
  readonly unitId: number;
  readonly unitName: string;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
  readonly skNumber: string | null;
}

/** One row of riwayat pangkat. */
export interface RankHistoryEntry {
  readonly golongan: GolonganCode;
  readonly tmt: LocalDate;
  readonly skNumber: string | null;
}

export interface TrainingRecord {
  readonly id: number;
  readonly name: string;
  readonly kind: 'TECHNICAL' | 'MANAGERIAL' | 'FUNCTIONAL' | 'LEADERSHIP' | 'OTHER';
  readonly provider: string;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
  /** Jam pelajaran (JP); PP 11/2017 Pasal 203 asks 20 JP a year. */
  readonly hours: number;
}

/** PP 94/2021 levels and penalty types (DOMAIN.md 6.1). */
export const HUKDIS_LEVELS = ['RINGAN', 'SEDANG', 'BERAT'] as const;
export type HukdisLevel = (typeof HUKDIS_LEVELS)[number];

export const HUKDIS_TYPES_BY_LEVEL = {
  RINGAN: ['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS'],
  SEDANG: ['POTONGAN_TPK_25_6_BULAN', 'POTONGAN_TPK_25_9_BULAN', 'POTONGAN_TPK_25_12_BULAN'],
  BERAT: ['PENURUNAN_JABATAN_12_BULAN', 'PEMBEBASAN_JABATAN_12_BULAN', 'PDHTAPS'],
} as const;
export type HukdisType = (typeof HUKDIS_TYPES_BY_LEVEL)[HukdisLevel][number];

export const DISCIPLINARY_STATUSES = ['DUGAAN', 'PEMERIKSAAN', 'DIJATUHI', 'BANDING', 'SELESAI'] as const;
export type DisciplinaryStatus = (typeof DISCIPLINARY_STATUSES)[number];

export interface DisciplinaryCase {
  readonly id: number;
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

/** The header of an employee: what lists show. */
export interface EmployeeSummary {
  readonly id: number;
  readonly instansiId: number;
  readonly nip: Nip;
  readonly name: string;
  readonly frontTitle: string | null;
  readonly backTitle: string | null;
  readonly gender: Gender;
  readonly birthDate: LocalDate;
  readonly employmentType: EmploymentType;
  readonly status: EmployeeStatus;
  readonly golongan: GolonganCode | null;
  readonly golonganTmt: LocalDate | null;
  readonly currentPositionId: number | null;
  readonly currentPositionName: string | null;
  readonly currentUnitId: number | null;
  readonly currentUnitName: string | null;
  readonly currentPositionSince: LocalDate | null;
  readonly version: number;
}

/** The whole record, with every history. */
export interface Employee extends EmployeeSummary {
  readonly birthPlace: string | null;
  readonly tmtCpns: LocalDate | null;
  readonly education: readonly Education[];
  readonly rankHistory: readonly RankHistoryEntry[];
  readonly positionHistory: readonly PositionAssignment[];
  readonly competencyAssessments: readonly CompetencyAssessment[];
  readonly trainings: readonly TrainingRecord[];
  readonly disciplinaryCases: readonly DisciplinaryCase[];
  /** Professional licences: educator certificate, STR, SIP (DOMAIN.md 15.1). */
  readonly licences: readonly Licence[];
}

/** Name with academic titles as written on an SK: `dr. Rina Siregar, M.Kes`. */
export function fullName(e: Pick<EmployeeSummary, 'name' | 'frontTitle' | 'backTitle'>): string {
  return `${e.frontTitle ? `${e.frontTitle} ` : ''}${e.name}${e.backTitle ? `, ${e.backTitle}` : ''}`;
}
