import { type CompositeIndex, compositeIndex } from './composite-index.js';
import type { EvaluationResult } from './evaluate-person.js';
import { type AppraisalPolicy, POTENTIAL_FACTORS, type PotentialFactor } from './policy.js';

/** The index of a result with its breakdown under the policy it was computed with. */
export function explainIndex(result: EvaluationResult, policy: AppraisalPolicy): CompositeIndex {
  return compositeIndex(result.components, policy.indexWeights);
}

export interface PotentialBreakdown {
  readonly factor: PotentialFactor;
  readonly raw: number | null;
  readonly normalized: number | null;
  readonly weight: number;
  readonly appliedWeight: number;
  readonly contribution: number;
}

/** How each potential factor adds to the potential score (empty weights when not assessed). */
export function explainPotential(result: EvaluationResult, policy: AppraisalPolicy): PotentialBreakdown[] {
  const { factors, status } = result.potential;
  const weights = policy.potential.weights;
  const present = POTENTIAL_FACTORS.filter((f) => status === 'ASSESSED' && factors[f].normalized !== null);
  const total = present.reduce((s, f) => s + weights[f], 0);
  return POTENTIAL_FACTORS.map((factor) => {
    const { raw, normalized } = factors[factor];
    const applied = present.includes(factor) && total > 0 ? weights[factor] / total : 0;
    return {
      factor,
      raw,
      normalized,
      weight: weights[factor],
      appliedWeight: Math.round(applied * 10000) / 10000,
      contribution: Math.round(applied * (normalized ?? 0) * 100) / 100,
    };
  });
}
