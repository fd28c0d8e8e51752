import { candidateFacts, evaluatePair, pairFacts, postFacts } from '../../core/eligibility/index.js';
import type { Post } from '../../core/matching/index.js';
import { addYears, type LocalDate } from '../../core/model/local-date.js';
import { ELECTION_RULE_CODES } from '../../core/workflow/election-guard.js';
import { candidateOn } from '../../core/workflow/judge-moves.js';
import { loadCurrentHolders } from '../../store/repositories/matching-posts.js';
import { listShortTenurePnsIds, listTenuredPnsIds } from '../../store/repositories/process-eligible-moves.js';
import type { AppContext } from '../app-context.js';
import { loadMatchingWorld } from '../matching/matching-world.js';

export interface EligibleMove {
  readonly nip: string;
  readonly employeeId: number;
  readonly toPositionId: number;
}

export interface FindMovesOptions {
  /**
   * Look for moves that only the 2-year minimum blocks (people in post for less than 2 years on
   * `asOf`), the ones a recorded exception would let through (DOMAIN.md 15.6).
   */
  readonly shortTenure?: boolean;
  /** Posts already taken by other moves. */
  readonly excludePosts?: readonly number[];
}

/** People worth trying, by id: PNS in their post for 2 years or more on `asOf` (or less, for short tenure). */
const candidateIds = (
  ctx: AppContext,
  instansiId: number,
  asOf: LocalDate,
  exclude: readonly number[],
  shortTenure: boolean,
) =>
  (shortTenure ? listShortTenurePnsIds : listTenuredPnsIds)(ctx.db, instansiId, addYears(asOf, -2), {
    limit: 60,
    exclude,
  });

const ELECTION = new Set<string>(ELECTION_RULE_CODES);

/**
 * Finds up to `count` moves the eligibility rules allow on `asOf` (the election-period rules aside:
 * the SK checks those), and on every date of `alsoOn`: pass the TMTs the moves will be judged on
 * (DOMAIN.md 15.6). A PNS in post for 2 years or more on `asOf` into another non-managerial post
 * with a free seat, no person or post used twice. Deterministic (people and posts in id order); it
 * loads at most 60 people in one world, so it stays quick on a 100,000-employee instansi. With
 * `shortTenure`, it finds moves of people under 2 years in post that only R-TENURE-MIN blocks. For
 * the demo and the tests.
 */
export async function findEligibleMoves(
  ctx: AppContext,
  instansiId: number,
  asOf: LocalDate,
  count: number,
  exclude: readonly number[] = [],
  alsoOn: readonly LocalDate[] = [],
  options: FindMovesOptions = {},
): Promise<EligibleMove[]> {
  const shortTenure = options.shortTenure ?? false;
  const ids = await candidateIds(ctx, instansiId, asOf, exclude, shortTenure);
  if (ids.length === 0) return [];
  const [holders, world] = await Promise.all([
    loadCurrentHolders(ctx.db, instansiId),
    loadMatchingWorld(ctx, instansiId, { employeeId: ids }),
  ]);
  const taken = new Map<number, number>();
  for (const h of holders) taken.set(h.positionId, (taken.get(h.positionId) ?? 0) + 1);
  const usedPosts = new Set<number>(options.excludePosts ?? []);
  const out: EligibleMove[] = [];
  let open: Post[] | null = null;
  // The election rules are left to the SK; with `shortTenure` the 2-year minimum, and only it, blocks.
  const fits = (codes: readonly string[]) => {
    const left = codes.filter((c) => !ELECTION.has(c));
    return shortTenure ? left.length === 1 && left[0] === 'R-TENURE-MIN' : left.length === 0;
  };
  for (const id of ids) {
    if (out.length >= count) break;
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
    const days = [asOf, ...alsoOn].map((on) => ({
      facts: candidateFacts(candidateOn(c, on), on),
      ctx: { ...world.eligibility, asOf: on },
    }));
    // Note: a person blocked for the first posts is usually blocked for all (status, discipline).
    for (const post of open.slice(0, 60)) {
      if (usedPosts.has(post.position.id) || post.position.id === c.employee.currentPositionId) continue;
      const p = postFacts(post);
      const ok = days.every(({ facts, ctx: on }) =>
        fits(evaluatePair(pairFacts(facts, p), on).blocking.map((b) => b.code)),
      );
      if (!ok) continue;
      usedPosts.add(post.position.id);
      out.push({ nip: c.employee.nip, employeeId: c.employee.id, toPositionId: post.position.id });
      break;
    }
  }
  return out;
}
