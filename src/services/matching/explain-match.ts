import { type FitResult, type Post, type WhyNot, whyNot } from '../../core/matching/index.js';
import type { Employee } from '../../core/model/employee.js';
import { can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { employeeForMatching, employeeResource, positionForMatching } from './match-access.js';
import { loadMatchingWorld } from './matching-world.js';
import { candidatesOfPost, fitFor } from './rank-fits.js';

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
  const world = await loadMatchingWorld(ctx, employee.instansiId);
  const post = world.postById.get(positionId)!;
  const { ranked } = candidatesOfPost(world, post);
  const candidate = world.candidates.find((c) => c.employee.id === employee.id)!;
  const own = ranked.find((f) => f.employeeId === employee.id) ?? fitFor(world, candidate, post);
  const bestFit = ranked[0] ?? null;
  const bestEmployee = bestFit
    ? (world.candidates.find((c) => c.employee.id === bestFit.employeeId)?.employee ?? null)
    : null;
  const index = ranked.findIndex((f) => f.employeeId === employee.id);
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
  };
}
