import { candidateFacts, evaluatePair, pairFacts, postFacts } from '../../core/eligibility/index.js';
import type { Post } from '../../core/matching/index.js';
import { addYears, type LocalDate } from '../../core/model/local-date.js';
import { ELECTION_RULE_CODES } from '../../core/workflow/election-guard.js';
import { loadCurrentHolders } from '../../store/repositories/matching-posts.js';
import {
  countInstansiEmployees,
  listTenuredPnsIds,
} from '../../store/repositories/process-eligible-moves.js';
import type { AppContext } from '../app-context.js';
import { loadMatchingWorld } from '../matching/matching-world.js';

export interface EligibleMove {
  readonly nip: string;
  readonly employeeId: number;
  readonly toPositionId: number;
}

/** People worth trying, by id: PNS in their post for 2 years or more on `asOf` (the tenure rule). */
const candidateIds = (ctx: AppContext, instansiId: number, asOf: LocalDate, exclude: readonly number[]) =>
  listTenuredPnsIds(ctx.db, instansiId, addYears(asOf, -2), { limit: 60, exclude });

/**
 * Finds up to `count` moves the eligibility rules allow on `asOf` (the election-period rules aside:
 * the SK checks those): a PNS in post for 2 years or more into another non-managerial post with a
 * free seat, no person or post used twice. Deterministic (people and posts in id order) and
 * loading one person at a time, so it stays quick on a 100,000-employee instansi. For the demo
 * and the tests.
 */
export async function findEligibleMoves(
  ctx: AppContext,
  instansiId: number,
  asOf: LocalDate,
  count: number,
  exclude: readonly number[] = [],
): Promise<EligibleMove[]> {
  const ids = await candidateIds(ctx, instansiId, asOf, exclude);
  const holders = await loadCurrentHolders(ctx.db, instansiId);
  const taken = new Map<number, number>();
  for (const h of holders) taken.set(h.positionId, (taken.get(h.positionId) ?? 0) + 1);
  const usedPosts = new Set<number>();
  const out: EligibleMove[] = [];
  let open: Post[] | null = null;
  // Note: on a small instansi one load of everybody is cheaper than one load per person.
  const everybody =
    ids.length > 0 && (await countInstansiEmployees(ctx.db, instansiId)) <= 1000
      ? await loadMatchingWorld(ctx, instansiId)
      : null;
  for (const id of ids) {
    if (out.length >= count) break;
    const world = everybody ?? (await loadMatchingWorld(ctx, instansiId, { employeeId: id }));
    open ??= world.posts
      .filter(
        (p) =>
          (p.position.grade.kind === 'PELAKSANA' || p.position.grade.kind === 'JF') &&
          p.position.tugasTambahan === null,
      )
      .filter((p) => (taken.get(p.position.id) ?? 0) < p.position.seats)
      .sort((a, b) => a.position.id - b.position.id);
    const c = world.candidates.find((x) => x.employee.id === id);
    if (!c) continue;
    const facts = candidateFacts(c, asOf);
    const ctxOn = { ...world.eligibility, asOf };
    // Note: a person blocked for the first posts is usually blocked for all (status, discipline).
    for (const post of open.slice(0, 60)) {
      if (usedPosts.has(post.position.id) || post.position.id === c.employee.currentPositionId) continue;
      const r = evaluatePair(pairFacts(facts, postFacts(post)), ctxOn);
      if (r.blocking.some((b) => !(ELECTION_RULE_CODES as readonly string[]).includes(b.code))) continue;
      usedPosts.add(post.position.id);
      out.push({ nip: c.employee.nip, employeeId: c.employee.id, toPositionId: post.position.id });
      break;
    }
  }
  return out;
}
