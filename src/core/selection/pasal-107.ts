import type { RuleCode } from '../eligibility/codes.js';
import type { EligibilityContext } from '../eligibility/context.js';
import { evaluateEligibility } from '../eligibility/evaluate-eligibility.js';
import type { Candidate, Post } from '../matching/inputs.js';
import type { Pasal107Check } from './selection-model.js';

/**
 * The eligibility rules that encode PP 11/2017 jo PP 17/2020 Pasal 107 huruf c for a JPT pratama
 * (DOMAIN.md 1.4): education S1/D-IV, experience (5 years related, 2 years administrator or JF
 * ahli madya), age at most 56. Their thresholds live in the rule table, not here.
 */
export const PASAL_107_RULES: readonly RuleCode[] = ['R-EDU-LEVEL', 'R-EXP-JPT', 'R-JPT-AGE'];

/**
 * Whether a person meets Pasal 107 for a JPT post on `ctx.asOf`: the core eligibility evaluation for
 * that person and post, narrowed to the Pasal 107 rules. BLOCKED when one of them blocks, WARN when
 * one lacked data (the table's `whenMissing`), MEETS otherwise.
 * @example
 *   pasal107Check(kabidWith8Years, buildPost({ grade: { kind: 'JPT_PRATAMA', eselon: 'II.b' } }), ctx).status
 *   // 'MEETS'
 */
export function pasal107Check(candidate: Candidate, post: Post, ctx: EligibilityContext): Pasal107Check {
  const all = evaluateEligibility(candidate, post, ctx).results;
  const results = all
    .filter((r) => PASAL_107_RULES.includes(r.code))
    .map((r) => ({ code: r.code, status: r.status, message: r.message }));
  const status = results.some((r) => r.status === 'BLOCK')
    ? 'BLOCKED'
    : results.some((r) => r.status === 'WARN')
      ? 'WARN'
      : 'MEETS';
  return { status, checkedOn: ctx.asOf, results };
}
