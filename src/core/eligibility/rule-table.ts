import type { LocalDate } from '../model/local-date.js';
import type { PositionKind } from '../model/position.js';
import type { RuleCode } from './codes.js';
import type { RuleParams } from './rule-params.js';

/**
 * The verification tag of DOMAIN.md: V = confirmed in the regulation text, S = secondary source,
 * U = unverified (a setting with a documented default, to be confirmed by BKPSDM).
 */
export type VerificationTag = 'V' | 'S' | 'U';

/** The regulation and article a rule encodes. */
export interface Citation {
  readonly regulation: string;
  readonly article: string;
  readonly tag: VerificationTag;
  /** What is uncertain or how the rule reads the article. */
  readonly note?: string;
}

/** What a broken rule does; OFF switches the rule off entirely. */
export type Severity = 'BLOCK' | 'WARN' | 'OFF';
/** What a rule does when the data it needs is missing (e.g. no SKP on record). */
export type MissingDataOutcome = 'PASS' | 'WARN' | 'BLOCK';

export interface RuleSetting<P> {
  readonly severity: Severity;
  /** Overrides `severity` for moves into posts of these kinds (e.g. BLOCK for JF, WARN otherwise). */
  readonly severityByKind?: Readonly<Partial<Record<PositionKind, 'BLOCK' | 'WARN'>>>;
  readonly whenMissing: MissingDataOutcome;
  readonly params: P;
  readonly citation: Citation;
}

/**
 * A versioned set of rule settings (DOMAIN.md: "every numeric threshold should live in a versioned
 * rules table that cites its regulation and article"). Every result names the version it used.
 */
export interface RuleTable {
  readonly version: string;
  readonly effectiveFrom: LocalDate;
  /** The version this one replaces, if any. */
  readonly supersedes: string | null;
  readonly rules: { readonly [C in RuleCode]: RuleSetting<RuleParams[C]> };
}

/**
 * The setting of one rule, typed by its code.
 * @example settingOf(DEFAULT_RULE_TABLE, 'R-TENURE-MIN').params.minMonths // 24
 */
export function settingOf<C extends RuleCode>(table: RuleTable, code: C): RuleSetting<RuleParams[C]> {
  return table.rules[code] as RuleSetting<RuleParams[C]>;
}

/**
 * The severity of a broken rule for a move into a post of `kind`.
 * @example severityFor(DEFAULT_RULE_TABLE.rules['R-SKP-2Y'], 'PENGAWAS') // 'BLOCK'
 */
export function severityFor(setting: RuleSetting<unknown>, kind: PositionKind): Severity {
  if (setting.severity === 'OFF') return 'OFF';
  return setting.severityByKind?.[kind] ?? setting.severity;
}
