import { candidateFacts, type PostFacts, pairFacts, postFacts } from '../../core/eligibility/index.js';
import { type Candidate, explainPair, type FitResult, type Post } from '../../core/matching/index.js';
import { compilePolicy } from '../../core/matching/score-inputs.js';
import type { MatchingWorld } from './matching-world.js';

/** Best score first; equal scores by position id (or employee id), so the order is stable. */
export function byScore(a: FitResult, b: FitResult): number {
  return b.scoreUnits - a.scoreUnits || a.positionId - b.positionId || a.employeeId - b.employeeId;
}

const isBlocked = (f: FitResult) => f.eligibility.status === 'BLOCKED';

/** The explained fit of one person for every post of the instansi, split into eligible and blocked, each best first. */
export function fitsOfCandidate(
  world: MatchingWorld,
  candidate: Candidate,
): { eligible: FitResult[]; blocked: FitResult[] } {
  const cp = compilePolicy(world.policy);
  const cf = candidateFacts(candidate, world.asOf);
  const fits = world.posts.map((post) => explainPair(pairFacts(cf, postFacts(post)), world.eligibility, cp));
  return {
    eligible: fits.filter((f) => !isBlocked(f)).sort(byScore),
    blocked: fits.filter(isBlocked).sort(byScore),
  };
}

/** The explained fit of every person of the instansi for one post: eligible ones ranked, and how many are blocked. */
export function candidatesOfPost(
  world: MatchingWorld,
  post: Post,
): { ranked: FitResult[]; blockedCount: number } {
  const cp = compilePolicy(world.policy);
  const pf: PostFacts = postFacts(post);
  const ranked: FitResult[] = [];
  let blockedCount = 0;
  for (const c of world.candidates) {
    const cf = candidateFacts(c, world.asOf);
    const fit = explainPair(pairFacts(cf, pf), world.eligibility, cp);
    if (isBlocked(fit)) blockedCount++;
    else ranked.push(fit);
  }
  return { ranked: ranked.sort(byScore), blockedCount };
}

/** The explained fit of one person for one post. */
export function fitFor(world: MatchingWorld, candidate: Candidate, post: Post): FitResult {
  return explainPair(
    pairFacts(candidateFacts(candidate, world.asOf), postFacts(post)),
    world.eligibility,
    compilePolicy(world.policy),
  );
}
