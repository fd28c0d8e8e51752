import type { EligibilityContext } from '../eligibility/context.js';
import { type EligibilityResult, evaluatePair } from '../eligibility/evaluate-eligibility.js';
import { candidateFacts, type PairFacts, pairFacts, postFacts } from '../eligibility/facts/facts.js';
import type { LocalizedMessage } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import type { Nip } from '../model/nip.js';
import { CompetencyCodes } from './competency-fit.js';
import { componentReason } from './explain-components.js';
import type { Candidate, Post } from './inputs.js';
import { type MatchingPolicy, SCORE_COMPONENTS, type ScoreComponent } from './policy.js';
import { contributionUnits, SCORE_SCALE, scoreUnits } from './score-aggregate.js';
import { type CompiledPolicy, compileCandidate, compilePolicy, compileScorePost } from './score-inputs.js';
import { COMPONENT_COUNT, componentValues } from './score-kernel.js';

/** One part of the score: its value, its weight, and the points it adds. */
export interface ComponentResult {
  readonly component: ScoreComponent;
  /** 0-100; the policy's neutral value when `noData`. */
  readonly value: number;
  /** The policy weight, and its share of all weights. */
  readonly weight: number;
  readonly share: number;
  /** Points of the 0-100 score; the contributions add up to the score. */
  readonly contribution: number;
  readonly noData: boolean;
  readonly reason: LocalizedMessage;
}

/** The fit of one person for one post with its full explanation. */
export interface FitResult {
  readonly employeeId: number;
  readonly nip: Nip;
  readonly positionId: number;
  /** 0-100, a multiple of 1/SCORE_SCALE; computed even when a rule blocks (shown as "if allowed"). */
  readonly score: number;
  readonly scoreUnits: number;
  readonly components: readonly ComponentResult[];
  /** Components that took the neutral value for lack of data. */
  readonly noData: readonly ScoreComponent[];
  readonly eligibility: EligibilityResult;
  /** The post is the person's current one. */
  readonly isStay: boolean;
  readonly asOf: LocalDate;
  readonly policyVersion: string;
  readonly relevanceVersion: number;
}

/**
 * The explained fit for prepared facts (what {@link explainFit} runs; callers holding facts skip
 * recomputing them).
 * @example explainPair(pairFacts(cf, pf), ctx, compilePolicy(DEFAULT_MATCHING_POLICY)).score // 71.25
 */
export function explainPair(pair: PairFacts, ctx: EligibilityContext, cp: CompiledPolicy): FitResult {
  const codes = new CompetencyCodes();
  const sp = compileScorePost(pair.p, cp.policy, codes);
  const sc = compileCandidate(pair.c, cp.policy, codes);
  const values = new Float64Array(COMPONENT_COUNT);
  const missing = componentValues(sc, sp, cp, values);
  const units = scoreUnits(values, cp.weights, cp.weightSum);
  const parts = contributionUnits(values, cp.weights, cp.weightSum, units);
  const components = SCORE_COMPONENTS.map((component, i): ComponentResult => {
    const noData = (missing & (1 << i)) !== 0;
    return {
      component,
      value: values[i]!,
      weight: cp.weights[i]!,
      share: cp.weights[i]! / cp.weightSum,
      contribution: parts[i]! / SCORE_SCALE,
      noData,
      reason: componentReason(sc, sp, cp, i, values[i]!, noData),
    };
  });
  const e = pair.c.candidate.employee;
  return {
    employeeId: e.id,
    nip: e.nip,
    positionId: pair.p.positionId,
    score: units / SCORE_SCALE,
    scoreUnits: units,
    components,
    noData: components.filter((c) => c.noData).map((c) => c.component),
    eligibility: evaluatePair(pair, ctx),
    isStay: pair.isStay,
    asOf: ctx.asOf,
    policyVersion: cp.policy.version,
    relevanceVersion: cp.policy.relevance.version,
  };
}

/**
 * The fit score (0-100) of a person for a post under a matching policy, with each component's value,
 * weight and contribution, the data that was missing, and every eligibility rule's result.
 * @example
 *   const fit = explainFit(candidate, post, ctx, DEFAULT_MATCHING_POLICY);
 *   fit.score; // 71.25
 *   fit.components.find((c) => c.component === 'EDUCATION_RELEVANCE')?.contribution; // 20
 */
export function explainFit(
  candidate: Candidate,
  post: Post,
  ctx: EligibilityContext,
  policy: MatchingPolicy,
): FitResult {
  return explainPair(
    pairFacts(candidateFacts(candidate, ctx.asOf), postFacts(post)),
    ctx,
    compilePolicy(policy),
  );
}
