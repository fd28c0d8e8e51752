import type { Candidate, Post } from '../../matching/index.js';
import { isJptPost } from './plan-jpt.js';
import type { PlanInput } from './plan-types.js';

/**
 * The rows and target posts of a scenario, before scoring.
 *
 * Rows: WHOLE_CITY = every holder of a position in scope, plus the employees named by NIP;
 * VACANCIES = the employees named by NIP, or (none named) every holder of a position in scope.
 * Target posts: WHOLE_CITY = every position in scope; VACANCIES = the positions in scope with a
 * vacant seat before the plan. The rows' own posts are always targets too, so the seat a mover
 * leaves can be taken by another row (the vacancy chain).
 *
 * Seats open to the rows on a post = its seats minus the holders who are not rows (they keep theirs),
 * and never fewer than the rows holding it (an over-filled post does not push anyone out).
 *
 * JPT posts and their holders are outside the assignment (DOMAIN.md 15.3): a JPT post is filled by
 * open selection, never by a plan, so it is no target, and its holder is no row (they keep the
 * post). A JPT post in scope with a vacant seat is listed in `jptVacancies` for nominations.
 */
export interface PlanScopeResult {
  /** Candidate indices of the rows, in input order. */
  readonly rows: readonly number[];
  /** Post indices of the columns' posts, in input order. */
  readonly posts: readonly number[];
  /** Seats open to the rows, per entry of `posts`. */
  readonly openSeats: readonly number[];
  /** Rows holding each entry of `posts`. */
  readonly rowHolders: readonly number[];
  /**
   * Per entry of `posts`: true for the scenario's own targets (WHOLE_CITY: every post in scope;
   * VACANCIES: the posts in scope with a vacant seat), false for a post that is a column only
   * because a row holds it (where a vacancy chain may end). Unfilled seats are counted on targets.
   */
  readonly targets: readonly boolean[];
  /** JPT posts in scope with a vacant seat (post indices, input order) and their vacant seats. */
  readonly jptVacancies: readonly { readonly post: number; readonly vacantSeats: number }[];
}

export function resolveScope(input: PlanInput): PlanScopeResult {
  const { scope } = input.scenario;
  const postIndex = new Map<number, number>(input.posts.map((p, i) => [p.position.id, i]));
  const inScope = scopedPositions(input);
  const holdersOf = new Map<number, number[]>();
  const employeeIndex = new Map<number, number>(input.candidates.map((c, i) => [c.employee.id, i]));
  for (const h of input.holders) {
    if (!employeeIndex.has(h.employeeId)) continue;
    holdersOf.set(h.positionId, [...(holdersOf.get(h.positionId) ?? []), h.employeeId]);
  }
  const jptIds = new Set(input.posts.filter(isJptPost).map((p) => p.position.id));
  const holdsJpt = (c: Candidate) => {
    const own = ownPositionId(c);
    return own !== null && jptIds.has(own);
  };
  const named = new Set(scope.nips ?? []);
  const rowSet = new Set<number>();
  input.candidates.forEach((c, i) => {
    if (named.has(c.employee.nip) && !holdsJpt(c)) rowSet.add(i);
  });
  if (scope.mode === 'WHOLE_CITY' || named.size === 0) {
    for (const positionId of inScope) {
      if (jptIds.has(positionId)) continue;
      for (const id of holdersOf.get(positionId) ?? []) rowSet.add(employeeIndex.get(id)!);
    }
  }
  const rows = [...rowSet].sort((a, b) => a - b);
  const rowIds = new Set(rows.map((r) => input.candidates[r]!.employee.id));

  const targets = new Set<number>();
  const jptVacancies: { post: number; vacantSeats: number }[] = [];
  for (const positionId of inScope) {
    const post = postIndex.get(positionId)!;
    const p = input.posts[post]!;
    const held = holdersOf.get(positionId)?.length ?? 0;
    if (jptIds.has(positionId)) {
      if (held < p.position.seats) jptVacancies.push({ post, vacantSeats: p.position.seats - held });
    } else if (scope.mode === 'WHOLE_CITY' || held < p.position.seats) targets.add(positionId);
  }
  jptVacancies.sort((a, b) => a.post - b.post);
  const scenarioTargets = new Set(targets);
  for (const r of rows) {
    const own = ownPositionId(input.candidates[r]!);
    if (own !== null && postIndex.has(own)) targets.add(own);
  }
  const posts = [...targets].map((id) => postIndex.get(id)!).sort((a, b) => a - b);
  const rowHolders = posts.map(
    (i) => (holdersOf.get(input.posts[i]!.position.id) ?? []).filter((id) => rowIds.has(id)).length,
  );
  const openSeats = posts.map((i, k) => {
    const held = holdersOf.get(input.posts[i]!.position.id)?.length ?? 0;
    return Math.max(input.posts[i]!.position.seats - (held - rowHolders[k]!), rowHolders[k]!);
  });
  const isTarget = posts.map((i) => scenarioTargets.has(input.posts[i]!.position.id));
  return { rows, posts, openSeats, rowHolders, targets: isTarget, jptVacancies };
}

/** The position the candidate holds, or null. */
export function ownPositionId(c: Candidate): number | null {
  return c.employee.currentPositionId;
}

/** Position ids in scope: the named positions, else every position of the named units (and below). */
function scopedPositions(input: PlanInput): number[] {
  const { unitIds = [], positionIds = [] } = input.scenario.scope;
  if (positionIds.length > 0) {
    const known = new Set(input.posts.map((p) => p.position.id));
    return positionIds.filter((id) => known.has(id));
  }
  if (unitIds.length === 0) return input.posts.map((p) => p.position.id);
  const units = unitsBelow(input, unitIds);
  return input.posts.filter((p: Post) => units.has(p.position.unitId)).map((p) => p.position.id);
}

function unitsBelow(input: PlanInput, roots: readonly number[]): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of input.units) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
