import type { EligibilityContext } from '../../core/eligibility/context.js';
import { candidateFacts, type PairFacts, pairFacts, postFacts } from '../../core/eligibility/index.js';
import type { Candidate, Post } from '../../core/matching/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadMatchingWorld } from '../matching/matching-world.js';

export interface MoveFacts {
  readonly employeeId: number;
  readonly candidate: Candidate;
  readonly post: Post;
}

/**
 * The matching engine's view of each move (the person as a candidate, the target post), so the
 * eligibility rules and the election guard run on exactly what matching and planning use. Loads one
 * world per person: proposals hold few people, and the world keeps its per-request shape.
 */
export async function loadMoveFacts(
  ctx: AppContext,
  instansiId: number,
  moves: readonly { employeeId: number; toPositionId: number }[],
): Promise<{ facts: MoveFacts[]; eligibility: EligibilityContext }> {
  const facts: MoveFacts[] = [];
  let eligibility: EligibilityContext | null = null;
  for (const m of moves) {
    const world = await loadMatchingWorld(ctx, instansiId, { employeeId: m.employeeId });
    eligibility ??= world.eligibility;
    const candidate = world.candidates.find((c) => c.employee.id === m.employeeId);
    const post = world.postById.get(m.toPositionId);
    if (candidate && post) facts.push({ employeeId: m.employeeId, candidate, post });
  }
  if (!eligibility) eligibility = (await loadMatchingWorld(ctx, instansiId, { employeeId: -1 })).eligibility;
  return { facts, eligibility };
}

/** The pair facts of each move on a date (tenures and windows are measured on it). */
export function pairsOn(facts: readonly MoveFacts[], asOf: LocalDate): PairFacts[] {
  return facts.map((f) => pairFacts(candidateFacts(f.candidate, asOf), postFacts(f.post)));
}
