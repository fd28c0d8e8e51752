import type { LocalDate } from '../model/local-date.js';
import type { ElectionWindow, MendagriApproval, MutationKind } from './moves-and-windows.js';
import type { RuleTable } from './rule-table.js';

/**
 * Everything outside the person and the post that a rule may read. `asOf` is the date of the move
 * (the SK date or TMT being planned): tenures, ages and windows are measured on it.
 */
export interface EligibilityContext {
  readonly asOf: LocalDate;
  readonly ruleTable: RuleTable;
  readonly electionWindows: readonly ElectionWindow[];
  readonly mendagriApprovals: readonly MendagriApproval[];
  /** The kind of move proposed; absent = inferred per pair from the two posts' career tiers. */
  readonly mutationKind?: MutationKind;
}
