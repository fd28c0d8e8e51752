import type { LocalizedMessage } from '../errors.js';
import type { RuleCode } from './codes.js';
import type { EligibilityContext } from './context.js';
import type { PairFacts, PostFacts } from './facts/facts.js';
import type { RuleParams } from './rule-params.js';
import type { Citation } from './rule-table.js';

/** What a rule's check found, before the rule table turns it into an outcome. */
export const PASS = 0;
export const FAIL = 1;
/** The data the rule needs is missing; the table's `whenMissing` decides. */
export const MISSING = 2;
export type Verdict = typeof PASS | typeof FAIL | typeof MISSING;

/** The three outcomes of a rule for one person and one post. */
export type RuleOutcome = 'PASS' | 'WARN' | 'BLOCK';

/** The facts a decision used, kept with the result for the audit trail (DOMAIN.md 13). */
export type Evidence = Readonly<Record<string, string | number | boolean | null>>;

export interface RuleExplanation {
  readonly message: LocalizedMessage;
  readonly evidence: Evidence;
  /** What would lift a block, when something can (e.g. a Mendagri approval). */
  readonly remedy?: LocalizedMessage;
}

interface RuleResultBase {
  readonly code: RuleCode;
  readonly title: LocalizedMessage;
  readonly message: LocalizedMessage;
  readonly citation: Citation;
  /** The outcome comes from the table's `whenMissing` because the data was not there. */
  readonly noData: boolean;
  readonly evidence: Evidence;
  readonly ruleTableVersion: string;
}

/** The result of one rule: an outcome with its code, citation and message in Indonesian and English. */
export type RuleResult =
  | (RuleResultBase & { readonly status: 'PASS' })
  | (RuleResultBase & { readonly status: 'WARN' })
  | (RuleResultBase & { readonly status: 'BLOCK'; readonly remedy: LocalizedMessage | null });

/**
 * One eligibility rule. `check` holds the logic and returns a verdict; `explain` words it. The
 * rule table (not the rule) says whether a failure blocks or warns, and cites the article.
 */
export interface EligibilityRule<C extends RuleCode = RuleCode> {
  readonly code: C;
  readonly title: LocalizedMessage;
  /**
   * Everything `check` reads from the post (not the person), as a string: for one person, posts
   * with equal signatures get equal verdicts. The whole-city scoring checks a rule once per person
   * and signature; the stay pair (own post) is always checked on its own.
   */
  postSignature(p: PostFacts, ctx: EligibilityContext, params: RuleParams[C]): string;
  check(pair: PairFacts, ctx: EligibilityContext, params: RuleParams[C]): Verdict;
  explain(pair: PairFacts, ctx: EligibilityContext, params: RuleParams[C], verdict: Verdict): RuleExplanation;
}

/**
 * Identity, for inference: types a rule's params by its code.
 * @example export const cpns = defineRule({ code: 'R-CPNS', title, postSignature, check, explain });
 */
export function defineRule<C extends RuleCode>(rule: EligibilityRule<C>): EligibilityRule<C> {
  return rule;
}

/**
 * A message in both languages.
 * @example msg('Masih CPNS', 'Still a CPNS')
 */
export function msg(id: string, en: string): LocalizedMessage {
  return { id, en };
}
