import type { HukdisLevel } from '../model/employee.js';
import type { Predikat, Rating } from './ratings.js';
import type { InnovationRole, InnovationStatus, ProgramOutcome, ProgramRole } from './records.js';

/** The components of the local composite performance index (non-statutory, DOMAIN.md 5.5). */
export const INDEX_COMPONENTS = ['SKP', 'DISCIPLINE', 'INNOVATION', 'PROGRAM'] as const;
export type IndexComponent = (typeof INDEX_COMPONENTS)[number];

/** The factors of potential: competency levels against the post's standard, and training. */
export const POTENTIAL_FACTORS = ['MANAGERIAL', 'SOCIO_CULTURAL', 'TECHNICAL', 'TRAINING'] as const;
export type PotentialFactor = (typeof POTENTIAL_FACTORS)[number];

export const POTENTIAL_LEVELS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;
export type PotentialLevel = (typeof POTENTIAL_LEVELS)[number];

/** The organisation's own *capaian kinerja* grade, which bounds its staff's ratings (DOMAIN.md 5.3). */
export const ORGANISATION_GRADES = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type OrganisationGrade = (typeof ORGANISATION_GRADES)[number];

/** The organisation grades by name, for messages and screens (never the code). */
export const ORGANISATION_GRADE_LABELS: Readonly<
  Record<OrganisationGrade, { readonly id: string; readonly en: string }>
> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

export type NineBox = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** One bound of the distribution curve: the share (or count) of staff with these predikat. */
export interface DistributionRule {
  readonly predikats: readonly Predikat[];
  readonly minShare?: number;
  readonly maxShare?: number;
  readonly minCount?: number;
}

/**
 * Everything an instansi may tune about the local index, potential and the 9-box. It is data:
 * stored in versions with who changed it and when; every closed period keeps the version it was
 * closed under. Defaults follow DOMAIN.md where it gives numbers; the rest are marked [U] there
 * and wait for BKPSDM Sibolga's confirmation.
 */
export interface AppraisalPolicy {
  /** Weights of the index components; they sum to 1. */
  readonly indexWeights: Readonly<Record<IndexComponent, number>>;
  /** 0-100 per predikat, best predikat highest (DOMAIN.md 7.1 scores SB 100 ... SK 20). */
  readonly skpScores: Readonly<Record<Predikat, number>>;
  readonly discipline: {
    /** Attendance rate (%) at or below which the discipline score is 0; 100% scores 100. */
    readonly floorRate: number;
    /** A late arrival counts as this fraction of an absent day. */
    readonly lateWeight: number;
    /** A penalty in force during the period caps the discipline score. */
    readonly caseCaps: Readonly<Record<HukdisLevel, number>>;
  };
  readonly innovation: {
    readonly statusPoints: Readonly<Record<InnovationStatus, number>>;
    readonly roleFactors: Readonly<Record<InnovationRole, number>>;
    /** Points that score 100. */
    readonly fullPoints: number;
    /** Months a status reached keeps earning credit. */
    readonly creditMonths: number;
  };
  readonly program: {
    readonly roleFactors: Readonly<Record<ProgramRole, number>>;
    readonly outcomeFactors: Readonly<Record<ProgramOutcome, number>>;
    /** Weighted hours in a year that score 100 (pro rata for shorter periods). */
    readonly fullHoursPerYear: number;
  };
  readonly potential: {
    /** Weights of the potential factors; they sum to 1. */
    readonly weights: Readonly<Record<PotentialFactor, number>>;
    /** Training hours (JP) in the 12 months up to the period's end that score 100 (PP 11/2017 Pasal 203). */
    readonly trainingHoursPerYear: number;
    /** An assessment older than this at the period's end no longer counts (DOMAIN.md 7.2: 2-3 years). */
    readonly assessmentMaxAgeMonths: number;
    /** Score from which potential is TINGGI / MENENGAH (JPM mapping bands, DOMAIN.md 8.3). */
    readonly high: number;
    readonly medium: number;
  };
  readonly performanceAxis: {
    /** PREDIKAT: the 9-box row follows the statutory predikat (DOMAIN.md 7.1); INDEX: the local index. */
    readonly source: 'PREDIKAT' | 'INDEX';
    readonly byPredikat: Readonly<Record<Predikat, Rating>>;
    readonly indexAbove: number;
    readonly indexMeets: number;
  };
  readonly talentPool: {
    readonly boxes: readonly NineBox[];
    /** Months before the period's end in which a SEDANG/BERAT penalty keeps a person out (0 = off). */
    readonly disciplineLookbackMonths: number;
  };
  /** The distribution curve per organisation grade (DOMAIN.md 5.3); violations are warnings. */
  readonly distribution: Readonly<Record<OrganisationGrade, readonly DistributionRule[]>>;
  /** Grade assumed for an OPD whose grade for the period was not recorded. */
  readonly defaultOrganisationGrade: OrganisationGrade;
}

/**
 * The built-in policy (version 0). Kinerja axis: only "Sangat Baik" is above expectations and
 * "Butuh Perbaikan" or worse below, the mapping many instansi use (DOMAIN.md 7.1 flags the
 * alternative that puts "Baik" in the top row). Potential bands 90 / 78 are the JPM mapping bands
 * of DOMAIN.md 8.3 [S]. Index weights, discipline, innovation and programme scales are [U].
 */
export const DEFAULT_APPRAISAL_POLICY: AppraisalPolicy = {
  indexWeights: { SKP: 0.5, DISCIPLINE: 0.2, INNOVATION: 0.15, PROGRAM: 0.15 },
  skpScores: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG_MISCONDUCT: 40, SANGAT_KURANG: 20 },
  discipline: { floorRate: 90, lateWeight: 0.25, caseCaps: { RINGAN: 80, SEDANG: 50, BERAT: 20 } },
  innovation: {
    statusPoints: { PROPOSED: 1, IMPLEMENTED: 3, REPLICATED: 5, AWARDED: 8 },
    roleFactors: { LEAD: 1, MEMBER: 0.5 },
    fullPoints: 6,
    creditMonths: 12,
  },
  program: {
    roleFactors: { COORDINATOR: 1.5, MEMBER: 1, SUPPORT: 0.5 },
    outcomeFactors: { EXCEEDED: 1.2, ACHIEVED: 1, PARTIAL: 0.6, NOT_ACHIEVED: 0.3, ONGOING: 0.8 },
    fullHoursPerYear: 60,
  },
  potential: {
    weights: { MANAGERIAL: 0.45, SOCIO_CULTURAL: 0.15, TECHNICAL: 0.3, TRAINING: 0.1 },
    trainingHoursPerYear: 20,
    assessmentMaxAgeMonths: 36,
    high: 90,
    medium: 78,
  },
  performanceAxis: {
    source: 'PREDIKAT',
    byPredikat: {
      SANGAT_BAIK: 'DI_ATAS_EKSPEKTASI',
      BAIK: 'SESUAI_EKSPEKTASI',
      BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
      KURANG_MISCONDUCT: 'DI_BAWAH_EKSPEKTASI',
      SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
    },
    indexAbove: 85,
    indexMeets: 65,
  },
  talentPool: { boxes: [7, 8, 9], disciplineLookbackMonths: 24 },
  distribution: {
    ISTIMEWA: [{ predikats: ['SANGAT_BAIK'], maxShare: 0.7 }],
    BAIK: [
      { predikats: ['BAIK'], maxShare: 0.7 },
      { predikats: ['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT'], minCount: 1 },
    ],
    BUTUH_PERBAIKAN: [
      { predikats: ['BUTUH_PERBAIKAN'], minShare: 0.6 },
      { predikats: ['SANGAT_BAIK'], maxShare: 0.1 },
    ],
    KURANG: [],
    SANGAT_KURANG: [{ predikats: ['SANGAT_BAIK'], maxShare: 0 }],
  },
  defaultOrganisationGrade: 'BAIK',
};

/** A stored version of the policy: version 0 is the built-in default. */
export interface PolicyVersion {
  readonly version: number;
  readonly policy: AppraisalPolicy;
  readonly reason: string | null;
  readonly changedByUserId: number | null;
  /** ISO-8601 instant; null for the built-in default. */
  readonly changedAt: string | null;
}

export const DEFAULT_POLICY_VERSION: PolicyVersion = {
  version: 0,
  policy: DEFAULT_APPRAISAL_POLICY,
  reason: null,
  changedByUserId: null,
  changedAt: null,
};
