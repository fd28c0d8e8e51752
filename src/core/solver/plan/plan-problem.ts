import { SCORE_SCALE } from '../../matching/index.js';
import { wholeMonthsBetween } from '../../model/local-date.js';
import type { PlanScopeResult } from './plan-scope.js';
import { ownPositionId } from './plan-scope.js';
import { DEFAULT_ROTATION_PENALTY, type PlanInput } from './plan-types.js';

/**
 * The most staying overdue can cost: a full 100-point fit, so an overdue row moves whenever a seat
 * is open to it. Scenarios set their own penalty (`rotationPenalty`, default 10 points).
 */
export const ROTATION_PENALTY_UNITS = 100 * SCORE_SCALE;

/**
 * What staying 5+ years costs in a scenario (units): its `rotationPenalty` in fit points.
 * @example rotationPenaltyUnits({ ...DEFAULT_PLAN_OBJECTIVES, rotationPenalty: 10 }) // 100000
 */
export function rotationPenaltyUnits(objectives: PlanInput['scenario']['objectives']): number {
  return Math.round((objectives.rotationPenalty ?? DEFAULT_ROTATION_PENALTY) * SCORE_SCALE);
}

/**
 * The rows and columns of a plan, before any pair: rows = employees, columns = seats (one per open
 * seat of each target post, seats of one post in a block). Which posts a row may take depends only
 * on these facts and on the eligibility of the pair (`allowsPair`).
 */
export interface PlanRows {
  /** Candidate index of each row. */
  readonly rowCandidate: Int32Array;
  /** Post index (into PlanInput.posts) the row holds, -1 without one in the problem. */
  readonly rowOwnPost: Int32Array;
  /** Fit units of the row's own post (0 without one); filled by the first scoring pass. */
  readonly rowStayUnits: Int32Array;
  readonly rowOverdue: Uint8Array;
  /** What staying costs an overdue row (units): the scenario's rotation penalty. */
  readonly rotationPenaltyUnits: number;
  /** Months in the current post on asOf; -1 when unknown. */
  readonly rowTenure: Int32Array;
  /** `tenureRanks` of the rows: the rationing extra of a move when the move limit binds. */
  readonly rowRank: Int32Array;
  /** 1 when the row may only stay (under the minimum tenure). */
  readonly rowOnlyStay: Uint8Array;
  /** 1 when a strategic post is closed to the row (the policy asks for the talent pool and the row is not in it). */
  readonly rowNoStrategic: Uint8Array;
  /** Post index of each column. */
  readonly colPost: Int32Array;
  /** Per scope post k: its columns are colStart[k] .. colStart[k+1]-1. */
  readonly colStart: Int32Array;
  /** Scope post k of each post index, -1 when not a target. */
  readonly scopeOfPost: Int32Array;
}

/**
 * The assignment problem of a plan, independent of the move cost: the rows and, per allowed
 * (row, post) pair of the restricted pair set, one pair per seat. A pair's cost is built by
 * `costsFor`: -fit for staying (plus the rotation penalty when overdue), -fit + move cost for a move,
 * -fit for a placement of someone without a post.
 */
export interface PlanProblem extends PlanRows {
  readonly rowStart: Int32Array;
  readonly colIdx: Int32Array;
  readonly fitUnits: Int32Array;
  /** 0 move, 1 stay, 2 placement. */
  readonly kind: Uint8Array;
  /** The (row, post) pairs of the problem per row in post-index form, for explanations and infeasibility. */
  readonly rowPosts: readonly (readonly number[])[];
}

/** (row, post) pairs per row: posts (post indices) and their fit units, in any order. */
export interface RowPairLists {
  readonly posts: number[][];
  readonly units: number[][];
}

export const PAIR_MOVE = 0;
export const PAIR_OWN = 1;
export const PAIR_PLACE = 2;

export function buildRows(input: PlanInput, scope: PlanScopeResult): PlanRows {
  const { objectives, scope: sc } = input.scenario;
  const scopeOfPost = new Int32Array(input.posts.length).fill(-1);
  scope.posts.forEach((p, k) => {
    scopeOfPost[p] = k;
  });
  const colStart = new Int32Array(scope.posts.length + 1);
  scope.openSeats.forEach((s, k) => {
    colStart[k + 1] = colStart[k]! + s;
  });
  const colPost = new Int32Array(colStart[scope.posts.length]!);
  for (let k = 0; k < scope.posts.length; k++) colPost.fill(scope.posts[k]!, colStart[k]!, colStart[k + 1]!);

  const R = scope.rows.length;
  const rowCandidate = Int32Array.from(scope.rows);
  const rowOwnPost = new Int32Array(R).fill(-1);
  const rowOverdue = new Uint8Array(R);
  const rowTenure = new Int32Array(R).fill(-1);
  const rowOnlyStay = new Uint8Array(R);
  const rowNoStrategic = new Uint8Array(R);
  const postIdx = new Map<number, number>(input.posts.map((p, i) => [p.position.id, i]));
  const minTenure = objectives.minTenureYears === null ? 0 : objectives.minTenureYears * 12;
  const rotateAt =
    sc.mode === 'WHOLE_CITY' && objectives.forcedRotationYears !== null
      ? objectives.forcedRotationYears * 12
      : Number.POSITIVE_INFINITY;
  const pool = new Set<number>(objectives.talentPoolBoxes);
  for (let r = 0; r < R; r++) {
    const cand = input.candidates[rowCandidate[r]!]!;
    const own = ownPositionId(cand);
    const ownPost = own === null ? -1 : (postIdx.get(own) ?? -1);
    rowOwnPost[r] = ownPost >= 0 && scopeOfPost[ownPost]! >= 0 ? ownPost : -1;
    const since = cand.employee.currentPositionSince;
    const tenure = since && own !== null ? wholeMonthsBetween(since, input.asOf) : -1;
    rowTenure[r] = tenure;
    const hasPost = rowOwnPost[r]! >= 0;
    rowOnlyStay[r] = hasPost && tenure >= 0 && tenure < minTenure ? 1 : 0;
    rowOverdue[r] = hasPost && tenure >= rotateAt ? 1 : 0;
    const inPool = cand.performance.talentBox !== null && pool.has(cand.performance.talentBox);
    rowNoStrategic[r] = objectives.strategicFromTalentPoolOnly && !inPool ? 1 : 0;
  }
  return {
    rowCandidate,
    rowOwnPost,
    rowStayUnits: new Int32Array(R),
    rowOverdue,
    rotationPenaltyUnits: rotationPenaltyUnits(objectives),
    rowTenure,
    rowRank: tenureRanks(
      rowTenure,
      Int32Array.from(rowCandidate, (c) => input.candidates[c]!.employee.id),
    ),
    rowOnlyStay,
    rowNoStrategic,
    colPost,
    colStart,
    scopeOfPost,
  };
}

/**
 * Whether the plan allows an eligible (scored, not blocked) pair of row r and a post: staying always;
 * a move not under the minimum tenure, and into a strategic post only from the talent pool (when the
 * policy says so).
 */
export function allowsPair(rows: PlanRows, input: PlanInput, r: number, post: number): boolean {
  if (post === rows.rowOwnPost[r]) return true;
  if (rows.rowOnlyStay[r]) return false;
  return !(rows.rowNoStrategic[r] && input.posts[post]!.position.isStrategic);
}

/** The problem over the given (row, post) pairs, each expanded to the post's seats, posts in scope order. */
export function buildProblem(rows: PlanRows, pairs: RowPairLists): PlanProblem {
  const { rowOwnPost, scopeOfPost, colStart } = rows;
  const R = rows.rowCandidate.length;
  const rowStart = new Int32Array(R + 1);
  let total = 0;
  for (let r = 0; r < R; r++) {
    for (const p of pairs.posts[r]!) total += colStart[scopeOfPost[p]! + 1]! - colStart[scopeOfPost[p]!]!;
  }
  const colIdx = new Int32Array(total);
  const fitUnits = new Int32Array(total);
  const kind = new Uint8Array(total);
  const rowPosts: number[][] = [];
  let e = 0;
  for (let r = 0; r < R; r++) {
    const posts = pairs.posts[r]!;
    const units = pairs.units[r]!;
    const order = Array.from(posts.keys()).sort((a, b) => scopeOfPost[posts[a]!]! - scopeOfPost[posts[b]!]!);
    const hasPost = rowOwnPost[r]! >= 0;
    for (const i of order) {
      const post = posts[i]!;
      const k = scopeOfPost[post]!;
      const pk = post === rowOwnPost[r] ? PAIR_OWN : hasPost ? PAIR_MOVE : PAIR_PLACE;
      for (let c = colStart[k]!; c < colStart[k + 1]!; c++, e++) {
        colIdx[e] = c;
        fitUnits[e] = units[i]!;
        kind[e] = pk;
      }
    }
    rowPosts.push(order.map((i) => posts[i]!));
    rowStart[r + 1] = e;
  }
  return { ...rows, rowStart, colIdx, fitUnits, kind, rowPosts };
}

/**
 * What row r pays on top of -fit (units): [staying, taking another post]. Staying costs the rotation
 * penalty when overdue; a move costs the move cost (plus the row's rank when rationed); a placement of
 * someone without a post costs nothing. `costsFor` and the pricing both use it.
 */
export function rowExtras(
  rows: PlanRows,
  r: number,
  moveCostUnits: number,
  ration: boolean,
): [stay: number, other: number] {
  const stay = rows.rowOverdue[r] ? rows.rotationPenaltyUnits : 0;
  if (rows.rowOwnPost[r]! < 0) return [stay, 0];
  return [stay, moveCostUnits + (ration ? rows.rowRank[r]! : 0)];
}

/**
 * Pair costs for one move cost (units): see `PlanProblem`. When `ration` is set (the move limit binds),
 * a move of row r costs `rowRank[r]` units more: rows longest in post get the cheapest moves, so
 * equal candidates (e.g. alike posts in many schools) are rationed one by one instead of all
 * flipping at the same move cost, and the plan can use the limit.
 */
export function costsFor(problem: PlanProblem, moveCostUnits: number, ration = false): Int32Array {
  const { rowStart, fitUnits, kind } = problem;
  const cost = new Int32Array(fitUnits.length);
  for (let r = 0; r + 1 < rowStart.length; r++) {
    const [stay, other] = rowExtras(problem, r, moveCostUnits, ration);
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      cost[e] = -fitUnits[e]! + (kind[e] === PAIR_OWN ? stay : other);
    }
  }
  return cost;
}

/**
 * Rank of each row by months in post, longest first (unknown last), ties by employee id: 0, 1, ...
 * @example tenureRanks(Int32Array.of(30, 70, -1), Int32Array.of(1, 2, 3)) // [1, 0, 2]
 */
export function tenureRanks(tenure: Int32Array, employeeIds: Int32Array): Int32Array {
  const order = Array.from(tenure.keys()).sort(
    (a, b) => tenure[b]! - tenure[a]! || employeeIds[a]! - employeeIds[b]!,
  );
  const rank = new Int32Array(tenure.length);
  order.forEach((r, i) => {
    rank[r] = i;
  });
  return rank;
}
