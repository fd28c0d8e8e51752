import type { Candidate, Post } from '../matching/inputs.js';
import type { LocalDate } from '../model/local-date.js';
import type { PositionKind } from '../model/position.js';
import type { EligibilityContext } from './context.js';
import { candidateFacts, type PairFacts, pairFacts, postFacts } from './facts/facts.js';
import { RULES } from './registry.js';
import {
  type EligibilityRule,
  FAIL,
  MISSING,
  type RuleOutcome,
  type RuleResult,
  type Verdict,
} from './rule.js';
import { type RuleSetting, settingOf, severityFor } from './rule-table.js';

/** All rule results for one person and one post. */
export interface EligibilityResult {
  readonly status: 'ELIGIBLE' | 'ELIGIBLE_WITH_WARNINGS' | 'BLOCKED';
  /** One result per rule that is not OFF, in evaluation order. */
  readonly results: readonly RuleResult[];
  readonly blocking: readonly RuleResult[];
  readonly warnings: readonly RuleResult[];
  readonly ruleTableVersion: string;
  readonly asOf: LocalDate;
}

/**
 * What a verdict means under a setting, for a move into a post of `kind`: a failure takes the
 * (kind's) severity, missing data takes `whenMissing`.
 * @example outcomeOf(FAIL, DEFAULT_RULE_TABLE.rules['R-RANK-MIN'], 'JF') // 'BLOCK' ('WARN' for 'PENGAWAS')
 */
export function outcomeOf(verdict: Verdict, setting: RuleSetting<unknown>, kind: PositionKind): RuleOutcome {
  if (verdict === FAIL) {
    const s = severityFor(setting, kind);
    return s === 'OFF' ? 'PASS' : s;
  }
  return verdict === MISSING ? setting.whenMissing : 'PASS';
}

/**
 * Runs one rule and words its result; null when the table switches it off.
 * @example runRule(RULES_BY_CODE['R-CPNS'], pair, ctx)?.status // 'BLOCK' for a CPNS
 */
export function runRule(rule: EligibilityRule, pair: PairFacts, ctx: EligibilityContext): RuleResult | null {
  const setting = settingOf(ctx.ruleTable, rule.code);
  if (setting.severity === 'OFF') return null;
  const verdict = rule.check(pair, ctx, setting.params);
  const status = outcomeOf(verdict, setting, pair.p.kind);
  const x = rule.explain(pair, ctx, setting.params, verdict);
  const base = {
    code: rule.code,
    title: rule.title,
    message: x.message,
    citation: setting.citation,
    noData: verdict === MISSING,
    evidence: x.evidence,
    ruleTableVersion: ctx.ruleTable.version,
  };
  return status === 'BLOCK' ? { ...base, status, remedy: x.remedy ?? null } : { ...base, status };
}

/**
 * Every rule for prepared facts (the matching code reuses the facts it already built).
 * @example evaluatePair(pairFacts(candidateFacts(c, asOf), postFacts(post)), ctx).status // 'ELIGIBLE'
 */
export function evaluatePair(pair: PairFacts, ctx: EligibilityContext): EligibilityResult {
  const results: RuleResult[] = [];
  for (const rule of RULES) {
    const r = runRule(rule, pair, ctx);
    if (r) results.push(r);
  }
  const blocking = results.filter((r) => r.status === 'BLOCK');
  const warnings = results.filter((r) => r.status === 'WARN');
  return {
    status: blocking.length > 0 ? 'BLOCKED' : warnings.length > 0 ? 'ELIGIBLE_WITH_WARNINGS' : 'ELIGIBLE',
    results,
    blocking,
    warnings,
    ruleTableVersion: ctx.ruleTable.version,
    asOf: ctx.asOf,
  };
}

/**
 * Whether a person may be moved into a post on `ctx.asOf`, rule by rule, each result with its code,
 * citation and message in Indonesian and English. The person's own current post is a "stay": rules
 * about moving pass, and the 5-year flag speaks.
 * @example
 *   const r = evaluateEligibility(candidate, post, { asOf, ruleTable: DEFAULT_RULE_TABLE,
 *     electionWindows: [], mendagriApprovals: [] });
 *   r.status; // 'BLOCKED'
 *   r.blocking.map((b) => b.code); // ['R-TENURE-MIN']
 */
export function evaluateEligibility(
  candidate: Candidate,
  post: Post,
  ctx: EligibilityContext,
): EligibilityResult {
  return evaluatePair(pairFacts(candidateFacts(candidate, ctx.asOf), postFacts(post)), ctx);
}
