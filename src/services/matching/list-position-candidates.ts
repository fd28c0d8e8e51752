import type { FitResult, Post } from '../../core/matching/index.js';
import type { Employee } from '../../core/model/employee.js';
import type { Action } from '../../core/policies/actions.js';
import { can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { employeeResource, matchActions, positionForMatching } from './match-access.js';
import { candidatesOfPost, explainScored } from './rank-fits.js';
import { sharedMatchingWorld } from './shared-matching-world.js';

export interface RankedCandidate {
  /** 1 = the best-ranked eligible person for the post. */
  readonly rank: number;
  readonly fit: FitResult;
  readonly employee: Employee;
}

export interface PositionCandidates {
  readonly post: Post;
  readonly unitName: string;
  readonly asOf: string;
  readonly ruleTableVersion: string;
  readonly candidates: readonly RankedCandidate[];
  readonly eligibleCount: number;
  readonly blockedCount: number;
  /** Eligible people among the top the caller may not see (an OPD head sees their own units' people). */
  readonly hiddenCount: number;
  /** What the caller may do next on this post (see {@link matchActions}). */
  readonly actions: Action[];
}

/**
 * The people of the instansi ranked by their fit for one post (eligible ones only; how many the
 * rules block is counted). Loads every person of the instansi once and ranks them with the pruned
 * bulk scorer (cheap blocking rules first).
 */
export async function listPositionCandidates(
  ctx: AppContext,
  principal: Principal,
  positionId: number,
  opts: { top: number },
): Promise<PositionCandidates> {
  const resource = await positionForMatching(ctx, principal, positionId, true);
  const world = await sharedMatchingWorld(ctx, principal.instansiId);
  const post = world.postById.get(positionId)!;
  const { ranked, blockedCount } = candidatesOfPost(world, post);
  // Note: every person is ranked by the pruned bulk scorer; only the shown ones are explained.
  const top = ranked
    .slice(0, opts.top)
    .map((r, i) => ({ rank: i + 1, fit: explainScored(world, r), employee: r.candidate.employee }));
  // Note: rows are filtered person by person: an OPD head may rank a post of their units but sees
  // only the candidates from their own units by name; the others are counted.
  const visible = top.filter((c) => can(principal, 'match.read', employeeResource(c.employee)));
  return {
    post,
    unitName: world.unitById.get(post.position.unitId)?.name ?? '',
    asOf: world.asOf,
    ruleTableVersion: world.eligibility.ruleTable.version,
    candidates: visible,
    eligibleCount: ranked.length,
    blockedCount,
    hiddenCount: top.length - visible.length,
    actions: matchActions(principal, resource),
  };
}
