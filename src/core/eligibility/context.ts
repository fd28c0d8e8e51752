import type { LocalDate } from '../model/local-date.js';
import type { ElectionWindow, MendagriApproval, MutationKind } from './moves-and-windows.js';
import type { RuleTable } from './rule-table.js';
import type { TenureOverride } from './tenure-override.js';

/**
 * Everything outside the person and the post that a rule may read. `asOf` is the date of the move
 * (the TMT of a proposed move, DOMAIN.md 15.6): tenures, ages and windows are measured on it.
 */
export interface EligibilityContext {
  readonly asOf: LocalDate;
  readonly ruleTable: RuleTable;
  readonly electionWindows: readonly ElectionWindow[];
  readonly mendagriApprovals: readonly MendagriApproval[];
  /** The kind of move proposed; absent = inferred per pair from the two posts' career tiers. */
  readonly mutationKind?: MutationKind;
  /** Recorded exceptions to R-TENURE-MIN, each for one person's move into one post (DOMAIN.md 15.6). */
  readonly tenureOverrides?: readonly TenureOverride[];
}
