import { requirementsKey } from '../eligibility/facts/education-requirement.js';
import type { CandidateFacts, PostFacts } from '../eligibility/facts/facts.js';
import { EDUCATION_FIELDS, educationRank, requiredTierOf, tierOfRank } from '../model/education.js';
import { dateParts } from '../model/local-date.js';
import type { MajorCode } from '../model/majors.js';
import { type Profession, validLicences } from '../model/profession.js';
import { PROFESSION_RULES } from '../model/profession-rules.js';
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
const GENERAL_FIELD = EDUCATION_FIELDS.indexOf('GENERAL');

/** A person prepared for scoring: the facts plus numbers the score reads in its inner loop. */
export interface ScoreCandidate {
  readonly facts: CandidateFacts;
  /** Assessed level by competency code id (0 = not assessed); null without a valid assessment. */
  readonly levels: Uint8Array | null;
  /** EDUCATION_FIELDS indices of post-secondary degrees. */
  readonly higherFields: readonly number[];
  /**
   * EDUCATION_FIELDS indices of every education held, school included (SMK Akuntansi is ACCOUNTING),
   * except GENERAL: everyone went to school, so SMA IPA/IPS says nothing about a post.
   */
  readonly allFields: readonly number[];
  readonly hasEducation: boolean;
  /** `educationTier` of the highest education, -1 without education on record. */
  readonly educationTier: number;
  /** NaN = no data, here and below. */
  readonly performanceIndex: number;
  /** Mean points of the predikat found in the policy's years. */
  readonly predikatValue: number;
  readonly predikatYears: readonly number[];
  readonly talentValue: number;
  readonly preference: EmployeePreference | null;
  /** Professions for which the person holds every licence PROFESSION_RULES asks, valid on the date. */
  readonly licensedProfessions: ReadonlySet<Profession>;
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
  const allFields: number[] = [];
  f.bestRankByField.forEach((r, i) => {
    if (r > SCHOOL_RANK) higherFields.push(i);
    if (r >= 0 && i !== GENERAL_FIELD) allFields.push(i);
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
    allFields,
    hasEducation: f.educationRank >= 0,
    educationTier: f.educationRank < 0 ? -1 : tierOfRank(f.educationRank),
    performanceIndex:
      index === null || !Number.isFinite(index) ? Number.NaN : Math.min(100, Math.max(0, index)),
    predikatValue: n === 0 ? Number.NaN : sum / n,
    predikatYears: years,
    talentValue: perf.talentBox === null ? Number.NaN : policy.talentBoxValues[perf.talentBox],
    preference: f.candidate.preference,
    licensedProfessions: licensedProfessions(f),
  };
}

/**
 * The professions whose licences the person holds, all valid on the facts' date.
 * @example licensedProfessions(factsOfNurseWithStr) // Set { 'PERAWAT' }
 */
export function licensedProfessions(f: CandidateFacts): ReadonlySet<Profession> {
  const out = new Set<Profession>();
  const valid = validLicences(f.candidate.employee.licences, f.asOf);
  for (const l of valid) {
    if (out.has(l.profession)) continue;
    if (
      PROFESSION_RULES[l.profession].licences.every((k) =>
        valid.some((v) => v.kind === k && v.profession === l.profession),
      )
    ) {
      out.add(l.profession);
    }
  }
  return out;
}

/** A post prepared for scoring. */
export interface ScorePost {
  readonly facts: PostFacts;
  readonly standard: CompiledStandard;
  /** Points per field of study (EDUCATION_FIELDS order). */
  readonly relevance: Uint8Array;
  /** School-level education is enough for the post. */
  readonly schoolOk: boolean;
  /** The programmes the post names (with their education rank); empty = any of the fields. */
  readonly namedMajors: readonly { readonly rank: number; readonly majors: readonly MajorCode[] }[];
  /** `educationTier` of the lowest level the post asks for (school when it asks nothing). */
  readonly requiredTier: number;
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
    namedMajors: position.educationRequirements.flatMap((r) =>
      r.majors?.length ? [{ rank: educationRank(r.minLevel), majors: r.majors }] : [],
    ),
    requiredTier: requiredTierOf(position.educationRequirements),
  };
}

/**
 * Everything the score reads from a post except its id (which only a preference for that very post
 * reads): posts with equal signatures score the same for one person unless that person named one.
 */
export function scoreSignature(p: PostFacts): string {
  const position = p.post.position;
  const std = position.competencyStandard.map((s) => `${s.type[0]}${s.code}:${s.level}`).join(',');
  return `${p.family}|${p.opdCode}|${p.post.unit.lineageKinds.join(',')}|${requirementsKey(position.educationRequirements)}|${std}|${position.profession ?? ''}`;
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
