import type { Predikat } from '../matching/inputs.js';
import type { EducationLevel } from '../model/education.js';
import type { DisciplinaryStatus, EmployeeStatus, HukdisLevel } from '../model/employee.js';
import type { GolonganCode } from '../model/golongan.js';
import type { Eselon, JfLevel, PositionKind } from '../model/position.js';
import type { RuleCode } from './codes.js';
import type { MutationKind } from './moves-and-windows.js';

/** Ages of the retirement rules, keyed like `DEFAULT_RETIREMENT_AGE` (model/retirement.ts). */
export type RetirementAges = Readonly<
  Record<PositionKind | 'JF_AHLI_MADYA' | 'JF_AHLI_UTAMA' | 'JF_GURU', number>
>;

/** Position kinds covered by the election-period ban, plus JF posts with a tugas tambahan. */
export interface ElectionScopeParams {
  readonly positionKinds: readonly PositionKind[];
  readonly includeTugasTambahan: boolean;
}

/**
 * The thresholds of every rule, by code. The rule table holds one value of each; a rule reads only
 * its own.
 */
export interface RuleParams {
  'R-STATUS-AKTIF': { readonly blockedStatuses: readonly EmployeeStatus[] };
  'R-CPNS': Record<string, never>;
  'R-PPPK': Record<string, never>;
  'R-TUBEL': Record<string, never>;
  'R-HUKDIS': {
    readonly inProcessStatuses: readonly DisciplinaryStatus[];
    /** A decided penalty blocks while it runs (start <= date <= end). */
    readonly blockWhileServing: boolean;
  };
  'R-PERADILAN': Record<string, never>;
  'R-TENURE-MIN': {
    readonly minMonths: number;
    /** Moves of these kinds are not held to the minimum (e.g. a disciplinary demotion). */
    readonly exemptMutationKinds: readonly MutationKind[];
  };
  'R-TENURE-MAX': { readonly maxMonths: number };
  'R-SELF-REQUEST-10Y': { readonly years: number };
  'R-SKP-2Y': { readonly years: number; readonly minPredikat: Predikat };
  'R-DEMOSI': Record<string, never>;
  'R-EDU-LEVEL': { readonly minLevelByKind: Readonly<Partial<Record<PositionKind, EducationLevel>>> };
  'R-EDU-OVER': Record<string, never>;
  'R-EDU-FIELD': Record<string, never>;
  'R-PROFESI': Record<string, never>;
  'R-PROFESI-LISENSI': Record<string, never>;
  'R-JF-BAND': { readonly byJfLevel: Readonly<Record<JfLevel, { min: GolonganCode; max: GolonganCode }>> };
  'R-JF-ENTRY': Record<string, never>;
  'R-JF-KELUAR': Record<string, never>;
  'R-RANK-MIN': {
    readonly byEselon: Readonly<Record<Eselon, GolonganCode>>;
  };
  'R-EXP-PENGAWAS': { readonly minMonths: number };
  'R-EXP-ADMINISTRATOR': { readonly minMonths: number; readonly minTier: number };
  'R-EXP-JPT': {
    readonly kinds: readonly PositionKind[];
    readonly minRelatedMonths: number;
    readonly minSeniorMonths: number;
    readonly seniorTier: number;
  };
  'R-JPT-AGE': { readonly maxAgeByKind: Readonly<Partial<Record<PositionKind, number>>> };
  'R-JPT-2Y': { readonly minMonths: number; readonly kinds: readonly PositionKind[] };
  'R-HUKDIS-RIWAYAT': { readonly lookbackMonths: number; readonly minLevel: HukdisLevel };
  'R-BUP-WINDOW': { readonly windowMonths: number; readonly ages: RetirementAges };
  'R-BUP-PASSED': { readonly ages: RetirementAges };
  'R-PILKADA-71-2': ElectionScopeParams;
  'R-PILKADA-162-3': ElectionScopeParams;
  'R-KOMPETENSI': { readonly minJpm: number };
}

/** Compile-time check that every code has params and nothing else does. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const PARAMS_COVER_ALL_CODES: Exact<keyof RuleParams, RuleCode> = true;
