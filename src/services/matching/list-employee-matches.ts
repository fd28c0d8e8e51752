import type { Candidate, FitResult, Post } from '../../core/matching/index.js';
import type { Employee } from '../../core/model/employee.js';
import type { Action } from '../../core/policies/actions.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { employeeForMatching, employeeResource, matchActions } from './match-access.js';
import { loadMatchingWorld, type MatchingWorld } from './matching-world.js';
import { explainScored, fitFor, fitsOfCandidate, rankEligiblePairs } from './rank-fits.js';

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
  /** What the caller may do next for this person (see {@link matchActions}). */
  readonly actions: Action[];
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
  const matched = (fit: FitResult): MatchedPost => {
    const post = world.postById.get(fit.positionId)!;
    return { fit, post, unitName: world.unitById.get(post.position.unitId)?.name ?? '' };
  };
  const ranked = opts.includeBlocked
    ? allExplained(world, candidate)
    : bulkRanked(world, candidate, opts.top);
  const others = world.posts.length - (ranked.current ? 1 : 0);
  return {
    employee,
    asOf: world.asOf,
    ruleTableVersion: world.eligibility.ruleTable.version,
    current: ranked.current ? matched(ranked.current) : null,
    matches: ranked.top.slice(0, opts.top).map(matched),
    eligibleCount: ranked.eligibleCount,
    blocked: ranked.blocked ? ranked.blocked.slice(0, opts.top).map(matched) : null,
    blockedCount: others - ranked.eligibleCount,
    actions: matchActions(principal, employeeResource(employee)),
  };
}

interface Ranked {
  readonly top: readonly FitResult[];
  readonly current: FitResult | null;
  /** Eligible posts other than the current one. */
  readonly eligibleCount: number;
  readonly blocked: readonly FitResult[] | null;
}

/** The pruned bulk scorer ranks the eligible posts; only the shown ones (and the current post) are explained. */
function bulkRanked(world: MatchingWorld, candidate: Candidate, top: number): Ranked {
  const stayId = candidate.employee.currentPositionId;
  const others = rankEligiblePairs(world, [candidate], world.posts).filter(
    (r) => r.post.position.id !== stayId,
  );
  const stayPost = stayId === null ? undefined : world.postById.get(stayId);
  return {
    top: others.slice(0, top).map((r) => explainScored(world, r)),
    current: stayPost ? fitFor(world, candidate, stayPost) : null,
    eligibleCount: others.length,
    blocked: null,
  };
}

/** Every post explained: the blocked ones need their "if allowed" score and their reasons. */
function allExplained(world: MatchingWorld, candidate: Candidate): Ranked {
  const { eligible, blocked } = fitsOfCandidate(world, candidate);
  const others = eligible.filter((f) => !f.isStay);
  return {
    top: others,
    current: [...eligible, ...blocked].find((f) => f.isStay) ?? null,
    eligibleCount: others.length,
    blocked: blocked.filter((f) => !f.isStay),
  };
}
