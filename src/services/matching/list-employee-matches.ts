import type { FitResult, Post } from '../../core/matching/index.js';
import type { Employee } from '../../core/model/employee.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { employeeForMatching } from './match-access.js';
import { loadMatchingWorld } from './matching-world.js';
import { fitsOfCandidate } from './rank-fits.js';

/** One post with the person's explained fit for it and the unit it sits in. */
export interface MatchedPost {
  readonly fit: FitResult;
  readonly post: Post;
  readonly unitName: string;
}

export interface EmployeeMatches {
  readonly employee: Employee;
  readonly asOf: string;
  readonly ruleTableVersion: string;
  /** The person's current post, scored like the others (null without one). */
  readonly current: MatchedPost | null;
  /** The best other posts the person is eligible for, best first. */
  readonly matches: readonly MatchedPost[];
  readonly eligibleCount: number;
  /** The blocked posts with the best "if allowed" scores, when asked for; null otherwise. */
  readonly blocked: readonly MatchedPost[] | null;
  readonly blockedCount: number;
}

/**
 * The posts a person fits best, with every score's breakdown; optionally also the posts rules
 * block, with their reasons. Loads every post of the instansi and this one person.
 */
export async function listEmployeeMatches(
  ctx: AppContext,
  principal: Principal,
  nip: string,
  opts: { top: number; includeBlocked: boolean },
): Promise<EmployeeMatches> {
  const employee = await employeeForMatching(ctx, principal, nip);
  const world = await loadMatchingWorld(ctx, employee.instansiId, { employeeId: employee.id });
  const candidate = world.candidates[0]!;
  const { eligible, blocked } = fitsOfCandidate(world, candidate);
  const matched = (fit: FitResult): MatchedPost => {
    const post = world.postById.get(fit.positionId)!;
    return { fit, post, unitName: world.unitById.get(post.position.unitId)?.name ?? '' };
  };
  const others = eligible.filter((f) => !f.isStay);
  const current = [...eligible, ...blocked].find((f) => f.isStay);
  return {
    employee,
    asOf: world.asOf,
    ruleTableVersion: world.eligibility.ruleTable.version,
    current: current ? matched(current) : null,
    matches: others.slice(0, opts.top).map(matched),
    eligibleCount: others.length,
    blocked: opts.includeBlocked
      ? blocked
          .filter((f) => !f.isStay)
          .slice(0, opts.top)
          .map(matched)
      : null,
    blockedCount: blocked.filter((f) => !f.isStay).length,
  };
}
