import { candidateFacts, pairFacts, postFacts } from '../../core/eligibility/index.js';
import {
  type Candidate,
  explainPair,
  type FitResult,
  type Post,
  scoreAllPairs,
} from '../../core/matching/index.js';
import { compilePolicy } from '../../core/matching/score-inputs.js';
import type { MatchingWorld } from './matching-world.js';

/** Best score first; equal scores by position id (or employee id), so the order is stable. */
export function byScore(a: FitResult, b: FitResult): number {
  return b.scoreUnits - a.scoreUnits || a.positionId - b.positionId || a.employeeId - b.employeeId;
}

/** An eligible pair scored by the pruned bulk scorer, not yet explained. */
export interface ScoredPair {
  readonly candidate: Candidate;
  readonly post: Post;
  readonly scoreUnits: number;
}

const byUnits = (a: ScoredPair, b: ScoredPair) =>
  b.scoreUnits - a.scoreUnits ||
  a.post.position.id - b.post.position.id ||
  a.candidate.employee.id - b.candidate.employee.id;

/**
 * Every eligible pair of these people and posts, best first (ties as {@link byScore}), through the
 * pruned bulk scorer: cheap blocking rules drop pairs before any score is computed, and a score is
 * computed once per group of alike posts. Scores equal `explainFit`'s; blocked pairs are absent.
 */
export function rankEligiblePairs(
  world: MatchingWorld,
  candidates: readonly Candidate[],
  posts: readonly Post[],
): ScoredPair[] {
  const { pairs } = scoreAllPairs(candidates, posts, world.eligibility, world.policy, {
    topK: Number.POSITIVE_INFINITY,
  });
  const out: ScoredPair[] = [];
  for (let i = 0; i < pairs.positionIndex.length; i++) {
    out.push({
      candidate: candidates[pairs.employeeIndex[i]!]!,
      post: posts[pairs.positionIndex[i]!]!,
      scoreUnits: pairs.scoreUnits[i]!,
    });
  }
  return out.sort(byUnits);
}

/** The explained fit of one scored pair. */
export function explainScored(world: MatchingWorld, pair: ScoredPair): FitResult {
  return fitFor(world, pair.candidate, pair.post);
}

/** The eligible people of the instansi ranked for one post (scored, not explained), and how many are blocked. */
export function candidatesOfPost(
  world: MatchingWorld,
  post: Post,
): { ranked: ScoredPair[]; blockedCount: number } {
  const ranked = rankEligiblePairs(world, world.candidates, [post]);
  return { ranked, blockedCount: world.candidates.length - ranked.length };
}

/**
 * The explained fit of one person for every post of the instansi, split into eligible and blocked,
 * each best first. Explains every pair: used only when the blocked posts are asked for.
 */
export function fitsOfCandidate(
  world: MatchingWorld,
  candidate: Candidate,
): { eligible: FitResult[]; blocked: FitResult[] } {
  const cp = compilePolicy(world.policy);
  const cf = candidateFacts(candidate, world.asOf);
  const fits = world.posts.map((post) => explainPair(pairFacts(cf, postFacts(post)), world.eligibility, cp));
  const isBlocked = (f: FitResult) => f.eligibility.status === 'BLOCKED';
  return {
    eligible: fits.filter((f) => !isBlocked(f)).sort(byScore),
    blocked: fits.filter(isBlocked).sort(byScore),
  };
}

/** The explained fit of one person for one post. */
export function fitFor(world: MatchingWorld, candidate: Candidate, post: Post): FitResult {
  return explainPair(
    pairFacts(candidateFacts(candidate, world.asOf), postFacts(post)),
    world.eligibility,
    compilePolicy(world.policy),
  );
}
