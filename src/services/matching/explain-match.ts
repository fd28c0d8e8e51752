import { type FitResult, type Post, type WhyNot, whyNot } from '../../core/matching/index.js';
import type { Employee } from '../../core/model/employee.js';
import type { Action } from '../../core/policies/actions.js';
import { can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { employeeForMatching, employeeResource, matchActions, positionForMatching } from './match-access.js';
import { candidatesOfPost, explainScored, fitFor } from './rank-fits.js';
import { sharedMatchingWorld } from './shared-matching-world.js';

export interface MatchExplanation {
  readonly employee: Employee;
  readonly post: Post;
  readonly unitName: string;
  readonly fit: FitResult;
  readonly whyNot: WhyNot;
  /** The best-ranked eligible person for the post; named only when the caller may see them. */
  readonly best: { readonly fit: FitResult; readonly employee: Employee | null } | null;
  /** The person's place among the eligible candidates (null when blocked). */
  readonly rank: number | null;
  readonly eligibleCount: number;
  readonly ruleTableVersion: string;
  /** What the caller may do next for this person (see {@link matchActions}). */
  readonly actions: Action[];
}

/**
 * The full explanation of one person's fit for one post, and the "why not": the rules that block
 * them, or the score gap to the best-ranked candidate for the post, component by component.
 */
export async function explainMatch(
  ctx: AppContext,
  principal: Principal,
  nip: string,
  positionId: number,
): Promise<MatchExplanation> {
  const employee = await employeeForMatching(ctx, principal, nip);
  // Note: a post is organisation structure, public inside the instansi; the right checked is the
  // one on the person (an employee may see how they fit any post).
  await positionForMatching(ctx, principal, positionId, false);
  const world = await sharedMatchingWorld(ctx, employee.instansiId);
  const post = world.postById.get(positionId)!;
  const { ranked } = candidatesOfPost(world, post);
  const candidate = world.candidates.find((c) => c.employee.id === employee.id)!;
  const own = fitFor(world, candidate, post);
  const bestFit = ranked[0] ? explainScored(world, ranked[0]) : null;
  const bestEmployee = ranked[0]?.candidate.employee ?? null;
  const index = ranked.findIndex((r) => r.candidate.employee.id === employee.id);
  return {
    employee,
    post,
    unitName: world.unitById.get(post.position.unitId)?.name ?? '',
    fit: own,
    whyNot: whyNot(own, bestFit),
    best:
      bestFit && bestEmployee
        ? {
            fit: bestFit,
            // Note: the best candidate is named only to a caller who may see their matches.
            employee: can(principal, 'match.read', employeeResource(bestEmployee)) ? bestEmployee : null,
          }
        : null,
    rank: index >= 0 ? index + 1 : null,
    eligibleCount: ranked.length,
    ruleTableVersion: world.eligibility.ruleTable.version,
    actions: matchActions(principal, employeeResource(employee)),
  };
}
