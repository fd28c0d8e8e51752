import {
  type CompetencyScore,
  type CompetencyStandard,
  type CompetencyType,
  jobPersonMatch,
} from '../model/competency.js';
import { addMonths, type LocalDate } from '../model/local-date.js';
import type { AppraisalPolicy, PotentialFactor, PotentialLevel } from './policy.js';
import { POTENTIAL_FACTORS } from './policy.js';

/** An assessment as potential needs it. */
export interface AssessmentInput {
  readonly assessedOn: LocalDate;
  readonly validUntil: LocalDate | null;
  readonly scores: readonly CompetencyScore[];
}

export type PotentialStatus = 'ASSESSED' | 'NO_ASSESSMENT' | 'ASSESSMENT_EXPIRED' | 'NO_STANDARD';

export interface PotentialFactorValue {
  /** Job-person match in % for competencies; training hours (JP) for TRAINING; null when absent. */
  readonly raw: number | null;
  readonly normalized: number | null;
}

export interface Potential {
  readonly status: PotentialStatus;
  /** 0-100, null unless ASSESSED. */
  readonly score: number | null;
  readonly level: PotentialLevel | null;
  readonly assessedOn: LocalDate | null;
  readonly factors: Readonly<Record<PotentialFactor, PotentialFactorValue>>;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const TYPE_OF: Readonly<Record<Exclude<PotentialFactor, 'TRAINING'>, CompetencyType>> = {
  MANAGERIAL: 'MANAGERIAL',
  SOCIO_CULTURAL: 'SOCIO_CULTURAL',
  TECHNICAL: 'TECHNICAL',
};

/**
 * The assessment that speaks for potential at a date: the latest one made on or before it, if
 * still valid then (not past its validUntil and not older than the policy's maximum age,
 * DOMAIN.md 7.2: an assessment expires after 2-3 years [U]).
 */
export function assessmentOn(
  assessments: readonly AssessmentInput[],
  on: LocalDate,
  maxAgeMonths: number,
): { readonly assessment: AssessmentInput | null; readonly expired: boolean } {
  let latest: AssessmentInput | null = null;
  for (const a of assessments)
    if (a.assessedOn <= on && (!latest || a.assessedOn > latest.assessedOn)) latest = a;
  if (!latest) return { assessment: null, expired: false };
  const tooOld = latest.assessedOn < addMonths(on, -maxAgeMonths);
  const lapsed = latest.validUntil !== null && latest.validUntil < on;
  return { assessment: latest, expired: tooOld || lapsed };
}

/**
 * Potential (*potensi*, the 9-box's X axis; PermenPANRB 3/2020, DOMAIN.md 7.1) from competency
 * assessment results against the standard of the post held (PermenPANRB 38/2017; job-person match
 * per competency type, DOMAIN.md 8.3) and training hours (PP 11/2017 Pasal 203, 20 JP a year;
 * DOMAIN.md 8.4), weighted by the policy; a factor without a standard shares its weight with the
 * others. Without a valid assessment there is no potential, and the person is not placed on the grid.
 * @example potentialOf(standard, [assessment], 24, '2025-12-31', policy) // { status: 'ASSESSED', score: 91.2, level: 'TINGGI', ... }
 */
export function potentialOf(
  standard: readonly CompetencyStandard[],
  assessments: readonly AssessmentInput[],
  trainingHours: number,
  on: LocalDate,
  policy: AppraisalPolicy,
): Potential {
  const p = policy.potential;
  const training: PotentialFactorValue = {
    raw: round2(trainingHours),
    normalized: round2(Math.min(100, (100 * trainingHours) / p.trainingHoursPerYear)),
  };
  const empty = (status: PotentialStatus, assessedOn: LocalDate | null): Potential => ({
    status,
    score: null,
    level: null,
    assessedOn,
    factors: { MANAGERIAL: NONE, SOCIO_CULTURAL: NONE, TECHNICAL: NONE, TRAINING: training },
  });
  if (standard.length === 0) return empty('NO_STANDARD', null);
  const { assessment, expired } = assessmentOn(assessments, on, p.assessmentMaxAgeMonths);
  if (!assessment) return empty('NO_ASSESSMENT', null);
  if (expired) return empty('ASSESSMENT_EXPIRED', assessment.assessedOn);

  const factors = { TRAINING: training } as Record<PotentialFactor, PotentialFactorValue>;
  for (const factor of ['MANAGERIAL', 'SOCIO_CULTURAL', 'TECHNICAL'] as const) {
    const jpm = jobPersonMatch(
      standard.filter((s) => s.type === TYPE_OF[factor]),
      assessment.scores,
    );
    factors[factor] = { raw: jpm, normalized: jpm };
  }
  const present = POTENTIAL_FACTORS.filter((f) => factors[f].normalized !== null);
  const weight = present.reduce((s, f) => s + p.weights[f], 0);
  const score =
    weight > 0 ? round2(present.reduce((s, f) => s + p.weights[f] * factors[f].normalized!, 0) / weight) : 0;
  return {
    status: 'ASSESSED',
    score,
    level: potentialLevel(score, policy),
    assessedOn: assessment.assessedOn,
    factors,
  };
}

const NONE: PotentialFactorValue = { raw: null, normalized: null };

/**
 * Potential band for the 9-box: TINGGI from `high`, MENENGAH from `medium`, else RENDAH. Defaults
 * 90 / 78 follow the JPM mapping bands Optimal / Cukup Optimal / Kurang Optimal (DOMAIN.md 8.3).
 * @example potentialLevel(78, DEFAULT_APPRAISAL_POLICY) // 'MENENGAH'
 */
export function potentialLevel(score: number, policy: AppraisalPolicy): PotentialLevel {
  if (score >= policy.potential.high) return 'TINGGI';
  if (score >= policy.potential.medium) return 'MENENGAH';
  return 'RENDAH';
}
