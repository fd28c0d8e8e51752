/**
 * Eligibility: whether a person may be moved into a post on a date, rule by rule (issue 5). Each
 * rule returns PASS, WARN or BLOCK with a stable code, a message in Indonesian and English and the
 * regulation it encodes; thresholds and severities come from a versioned rule table.
 */
export { RULE_CODES, type RuleCode } from './codes.js';
export type { EligibilityContext } from './context.js';
export { DEFAULT_RULE_TABLE } from './default-rule-table.js';
export { postInaugurationWindow, preCandidacyWindow } from './election-windows.js';
export {
  type EligibilityResult,
  evaluateEligibility,
  evaluatePair,
  outcomeOf,
  runRule,
} from './evaluate-eligibility.js';
export { careerTier, inferMutationKind } from './facts/career-tier.js';
export {
  type CandidateFacts,
  candidateFacts,
  type PairFacts,
  type PostFacts,
  pairFacts,
  postFacts,
} from './facts/facts.js';
export {
  type ElectionWindow,
  type MendagriApproval,
  MUTATION_KINDS,
  type MutationKind,
} from './moves-and-windows.js';
export { RULES, RULES_BY_CODE } from './registry.js';
export type {
  EligibilityRule,
  Evidence,
  RuleExplanation,
  RuleOutcome,
  RuleResult,
  Verdict,
} from './rule.js';
export type { RuleParams } from './rule-params.js';
export type {
  Citation,
  MissingDataOutcome,
  RuleSetting,
  RuleTable,
  Severity,
  VerificationTag,
} from './rule-table.js';
