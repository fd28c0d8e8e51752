import { requirementsKey } from '../eligibility/facts/education-requirement.js';
import type { CandidateFacts, PostFacts } from '../eligibility/facts/facts.js';
import { educationRank } from '../model/education.js';
import { dateParts } from '../model/local-date.js';
import {
  type CompetencyCodes,
  type CompiledStandard,
  compileLevels,
  compileStandard,
} from './competency-fit.js';
import { acceptsSchoolLevel, relevanceRow } from './education-relevance.js';
import type { EmployeePreference } from './inputs.js';
import { type MatchingPolicy, SCORE_COMPONENTS } from './policy.js';

const SCHOOL_RANK = educationRank('SMA');

/** A person prepared for scoring: the facts plus numbers the score reads in its inner loop. */
export interface ScoreCandidate {
  readonly facts: CandidateFacts;
  /** Assessed level by competency code id (0 = not assessed); null without a valid assessment. */
  readonly levels: Uint8Array | null;
  /** EDUCATION_FIELDS indices of post-secondary degrees. */
  readonly higherFields: readonly number[];
  readonly hasEducation: boolean;
  /** NaN = no data, here and below. */
  readonly performanceIndex: number;
  /** Mean points of the predikat found in the policy's years. */
  readonly predikatValue: number;
  readonly predikatYears: readonly number[];
  readonly talentValue: number;
  readonly preference: EmployeePreference | null;
}

/**
 * Prepares a person for scoring under a policy.
 * @example compileCandidate(candidateFacts(c, asOf), DEFAULT_MATCHING_POLICY, codes).predikatValue // 90
 */
export function compileCandidate(
  f: CandidateFacts,
  policy: MatchingPolicy,
  codes: CompetencyCodes,
): ScoreCandidate {
  const perf = f.candidate.performance;
  const higherFields: number[] = [];
  f.bestRankByField.forEach((r, i) => {
    if (r > SCHOOL_RANK) higherFields.push(i);
  });
  const year = dateParts(f.asOf).year;
  const years = Array.from({ length: policy.predikatYears }, (_, i) => year - 1 - i);
  let sum = 0;
  let n = 0;
  for (const y of years) {
    const p = f.predikatByYear.get(y);
    if (p !== undefined) {
      sum += policy.predikatValues[p];
      n++;
    }
  }
  const index = perf.performanceIndex;
  return {
    facts: f,
    levels: compileLevels(f.assessment, codes),
    higherFields,
    hasEducation: f.educationRank >= 0,
    performanceIndex:
      index === null || !Number.isFinite(index) ? Number.NaN : Math.min(100, Math.max(0, index)),
    predikatValue: n === 0 ? Number.NaN : sum / n,
    predikatYears: years,
    talentValue: perf.talentBox === null ? Number.NaN : policy.talentBoxValues[perf.talentBox],
    preference: f.candidate.preference,
  };
}

/** A post prepared for scoring. */
export interface ScorePost {
  readonly facts: PostFacts;
  readonly standard: CompiledStandard;
  /** Points per field of study (EDUCATION_FIELDS order). */
  readonly relevance: Uint8Array;
  /** School-level education is enough for the post. */
  readonly schoolOk: boolean;
}

/**
 * Prepares a post for scoring under a policy: its standard and the points of every field of study.
 * @example compileScorePost(postFacts(puskesmasPost), policy, codes).relevance[fieldIndex('HEALTH_NURSING')] // 100
 */
export function compileScorePost(p: PostFacts, policy: MatchingPolicy, codes: CompetencyCodes): ScorePost {
  const position = p.post.position;
  return {
    facts: p,
    standard: compileStandard(position.competencyStandard, codes),
    relevance: relevanceRow(policy.relevance, {
      family: p.family,
      opdCode: p.opdCode,
      lineageKinds: p.post.unit.lineageKinds,
      educationRequirements: position.educationRequirements,
    }),
    schoolOk: acceptsSchoolLevel(position.educationRequirements),
  };
}

/**
 * Everything the score reads from a post except its id (which only a preference for that very post
 * reads): posts with equal signatures score the same for one person unless that person named one.
 */
export function scoreSignature(p: PostFacts): string {
  const position = p.post.position;
  const std = position.competencyStandard.map((s) => `${s.type[0]}${s.code}:${s.level}`).join(',');
  return `${p.family}|${p.opdCode}|${p.post.unit.lineageKinds.join(',')}|${requirementsKey(position.educationRequirements)}|${std}`;
}

/** The policy as arrays in SCORE_COMPONENTS order. */
export interface CompiledPolicy {
  readonly policy: MatchingPolicy;
  readonly weights: Float64Array;
  readonly neutral: Float64Array;
  readonly weightSum: number;
}

/**
 * The policy's weights and neutral values as arrays in SCORE_COMPONENTS order.
 * @example compilePolicy(DEFAULT_MATCHING_POLICY).weightSum // 100
 */
export function compilePolicy(policy: MatchingPolicy): CompiledPolicy {
  const weights = Float64Array.from(SCORE_COMPONENTS, (c) => policy.weights[c]);
  return {
    policy,
    weights,
    neutral: Float64Array.from(SCORE_COMPONENTS, (c) => policy.neutral[c]),
    weightSum: weights.reduce((a, b) => a + b, 0),
  };
}
