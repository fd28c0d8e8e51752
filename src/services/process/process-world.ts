import type { EligibilityContext } from '../../core/eligibility/context.js';
import { candidateFacts, type PairFacts, pairFacts, postFacts } from '../../core/eligibility/index.js';
import type { Candidate, Post } from '../../core/matching/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { MoveToJudge } from '../../core/workflow/judge-moves.js';
import type { ProposalItem } from '../../core/workflow/proposal-model.js';
import type { AppContext } from '../app-context.js';
import { loadMatchingWorld } from '../matching/matching-world.js';

export interface MoveFacts {
  readonly employeeId: number;
  readonly candidate: Candidate;
  readonly post: Post;
}

/**
 * The matching engine's view of each move (the person as a candidate, the target post), so the
 * eligibility rules and the election guard run on exactly what matching and planning use. One world
 * holds every person of the moves: the same few queries for 1 move as for 150 (ARCHITECTURE.md,
 * "one world per use case"). Moves whose person or post is gone are left out.
 */
export async function loadMoveFacts(
  ctx: AppContext,
  instansiId: number,
  moves: readonly { employeeId: number; toPositionId: number }[],
): Promise<{ facts: MoveFacts[]; eligibility: EligibilityContext }> {
  const ids = [...new Set(moves.map((m) => m.employeeId))];
  const world = await loadMatchingWorld(ctx, instansiId, { employeeId: ids });
  const byId = new Map(world.candidates.map((c) => [c.employee.id, c]));
  const facts: MoveFacts[] = [];
  for (const m of moves) {
    const candidate = byId.get(m.employeeId);
    const post = world.postById.get(m.toPositionId);
    if (candidate && post) facts.push({ employeeId: m.employeeId, candidate, post });
  }
  return { facts, eligibility: world.eligibility };
}

/** The moves of a proposal as the core judges them, with the world's eligibility context. */
export async function loadMovesToJudge(
  ctx: AppContext,
  instansiId: number,
  items: readonly ProposalItem[],
): Promise<{ moves: MoveToJudge[]; facts: MoveFacts[]; eligibility: EligibilityContext }> {
  const { facts, eligibility } = await loadMoveFacts(ctx, instansiId, items);
  const key = (employeeId: number, positionId: number) => `${employeeId}:${positionId}`;
  const byMove = new Map(facts.map((f) => [key(f.employeeId, f.post.position.id), f]));
  const moves: MoveToJudge[] = [];
  for (const item of items) {
    const f = byMove.get(key(item.employeeId, item.toPositionId));
    if (f) {
      moves.push({
        itemId: item.id,
        nip: item.nip,
        moveType: item.moveType,
        candidate: f.candidate,
        post: f.post,
      });
    }
  }
  return { moves, facts, eligibility };
}

/** The pair facts of each move on a date (tenures and windows are measured on it). */
export function pairsOn(facts: readonly MoveFacts[], asOf: LocalDate): PairFacts[] {
  return facts.map((f) => pairFacts(candidateFacts(f.candidate, asOf), postFacts(f.post)));
}
