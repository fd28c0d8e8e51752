import type { EligibilityContext } from '../eligibility/context.js';
import { runRule } from '../eligibility/evaluate-eligibility.js';
import type { PairFacts } from '../eligibility/facts/facts.js';
import type { ElectionWindow, MendagriApproval } from '../eligibility/moves-and-windows.js';
import { RULES_BY_CODE } from '../eligibility/registry.js';
import { compareDates, type LocalDate } from '../model/local-date.js';

/** The eligibility rules that encode the election-period ban (UU 10/2016 Pasal 71(2), 162(3)). */
export const ELECTION_RULE_CODES = ['R-PILKADA-71-2', 'R-PILKADA-162-3'] as const;

/**
 * The NIPs of the moves that the election-period ban still blocks on the SK date: a window is active,
 * the move is in its scope (the rule table's position kinds), and no Mendagri approval dated on or
 * before the SK date names the person or the post (DOMAIN.md 9.3). Approvals attached to the
 * proposal are added to the instansi's own. An empty list means the SK may be issued.
 * @example electionUncoveredNips([pairInWindow], { ...ctx, asOf: skDate }, []) // ['198…']
 */
export function electionUncoveredNips(
  pairs: readonly PairFacts[],
  ctx: EligibilityContext,
  attached: readonly MendagriApproval[],
): string[] {
  const withAttached: EligibilityContext = {
    ...ctx,
    mendagriApprovals: [...ctx.mendagriApprovals, ...attached],
  };
  const out: string[] = [];
  for (const pair of pairs) {
    const blocked = ELECTION_RULE_CODES.some(
      (code) => runRule(RULES_BY_CODE[code], pair, withAttached)?.status === 'BLOCK',
    );
    if (blocked) out.push(pair.c.candidate.employee.nip);
  }
  return out;
}

/**
 * Whether any election-period window contains one of the dates (both ends inclusive): when none
 * does, the guard has nothing to check and the moves' facts need not be loaded.
 * @example anyWindowOn([postInaugurationWindow('2025-02-20')], ['2025-09-01']) // false
 */
export function anyWindowOn(windows: readonly ElectionWindow[], dates: readonly LocalDate[]): boolean {
  return windows.some((w) => dates.some((d) => compareDates(w.start, d) <= 0 && compareDates(d, w.end) <= 0));
}
