import { BlockCertificateCheck } from '../certificate-blocks.js';
import type { CertificateReport } from '../certificate-types.js';
import type { EligiblePairs, PairBlock } from './plan-pairs.js';
import { type PlanRows, type RowPairLists, rowExtras } from './plan-problem.js';

/** Pairs added per row and pricing round at most (the most negative first). */
export const PRICING_BATCH = 8;

export interface PlanSolution {
  readonly rowToCol: ArrayLike<number>;
  readonly u: ArrayLike<number>;
  readonly v: ArrayLike<number>;
  readonly objective: number;
}

export interface PricingResult {
  /** Pairs added to the restricted set (0: the solution is optimal for every allowed pair). */
  readonly added: number;
  /** The certificate checked on every allowed pair (seat by seat), with the same duals. */
  readonly certificate: CertificateReport;
}

/**
 * One pass over every allowed pair: prices the pairs outside the restricted set against the duals
 * (reduced cost c - u[row] - v[seat], lowest over the post's seats) and adds, per row, the
 * `PRICING_BATCH` most negative to `restricted`; and, independently, feeds every pair to the
 * certificate checker. When nothing prices negative, the restricted optimum is optimal for the whole
 * pair set, and the certificate says so on its own.
 */
export function priceAndCertify(
  source: EligiblePairs,
  rows: PlanRows,
  restricted: RowPairLists,
  solution: PlanSolution,
  moveCostUnits: number,
  ration: boolean,
): PricingResult {
  const { colStart, colPost, scopeOfPost, rowOwnPost } = rows;
  const R = rows.rowCandidate.length;
  const { u, v } = solution;
  const check = new BlockCertificateCheck(R, colPost.length, solution.rowToCol, u, v, solution.objective);
  // Highest column dual per post: the cheapest seat of the post for any row.
  const maxV = new Float64Array(scopeOfPost.length).fill(Number.NEGATIVE_INFINITY);
  for (let p = 0; p < scopeOfPost.length; p++) {
    const k = scopeOfPost[p]!;
    if (k < 0) continue;
    for (let c = colStart[k]!; c < colStart[k + 1]!; c++) maxV[p] = Math.max(maxV[p]!, v[c]!);
  }
  const inRestricted = new Int32Array(scopeOfPost.length).fill(-1);
  const extras = new Float64Array(2 * R);
  for (let r = 0; r < R; r++) {
    const [stay, other] = rowExtras(rows, r, moveCostUnits, ration);
    extras[2 * r] = stay;
    extras[2 * r + 1] = other;
  }
  let added = 0;
  source.forEachBlock((block) => {
    check.add(seatBlock(block, rows, extras));
    const { post, units } = block;
    for (let i = 0; i + 1 < block.rowStart.length; i++) {
      const r = block.rowBegin + i;
      for (const p of restricted.posts[r]!) inRestricted[p] = r;
      const own = rowOwnPost[r]!;
      const stay = extras[2 * r]! - u[r]!;
      const other = extras[2 * r + 1]! - u[r]!;
      const negative: { e: number; reduced: number }[] = [];
      for (let e = block.rowStart[i]!; e < block.rowStart[i + 1]!; e++) {
        const p = post[e]!;
        if (inRestricted[p] === r) continue;
        const reduced = (p === own ? stay : other) - units[e]! - maxV[p]!;
        if (reduced < 0) negative.push({ e, reduced });
      }
      if (negative.length === 0) continue;
      negative.sort((a, b) => a.reduced - b.reduced);
      for (const { e } of negative.slice(0, PRICING_BATCH)) {
        restricted.posts[r]!.push(post[e]!);
        restricted.units[r]!.push(units[e]!);
        added++;
      }
    }
  });
  return { added, certificate: check.finish() };
}

/**
 * Adds every allowed pair of `rowList` to the restricted set (a Hall violator of the restricted
 * problem: with all its pairs it either dissolves or proves the whole problem infeasible). Returns
 * the pairs added.
 */
export function addAllPairsOf(
  source: EligiblePairs,
  restricted: RowPairLists,
  rowList: readonly number[],
): number {
  const wanted = new Set(rowList);
  let added = 0;
  source.forEachBlock((block) => {
    for (let i = 0; i + 1 < block.rowStart.length; i++) {
      const r = block.rowBegin + i;
      if (!wanted.has(r)) continue;
      const have = new Set(restricted.posts[r]);
      for (let e = block.rowStart[i]!; e < block.rowStart[i + 1]!; e++) {
        if (have.has(block.post[e]!)) continue;
        restricted.posts[r]!.push(block.post[e]!);
        restricted.units[r]!.push(block.units[e]!);
        added++;
      }
    }
  });
  return added;
}

/** Seat columns (and a cost buffer) of each block, kept beside the kept blocks: the columns never change. */
const seatColumns = new WeakMap<PairBlock, { rowStart: Int32Array; colIdx: Int32Array; cost: Int32Array }>();

/** The block's pairs expanded to seats, with their costs (-fit + the row's extra): the certificate's view of the block. */
function seatBlock(block: PairBlock, rows: PlanRows, extras: Float64Array) {
  const { colStart, scopeOfPost, rowOwnPost } = rows;
  const n = block.rowStart.length - 1;
  let seats = seatColumns.get(block);
  if (!seats) {
    let total = 0;
    for (let e = 0; e < block.post.length; e++) {
      const k = scopeOfPost[block.post[e]!]!;
      total += colStart[k + 1]! - colStart[k]!;
    }
    const rowStart = new Int32Array(n + 1);
    const colIdx = new Int32Array(total);
    let s = 0;
    for (let i = 0; i < n; i++) {
      for (let e = block.rowStart[i]!; e < block.rowStart[i + 1]!; e++) {
        const k = scopeOfPost[block.post[e]!]!;
        for (let c = colStart[k]!; c < colStart[k + 1]!; c++) colIdx[s++] = c;
      }
      rowStart[i + 1] = s;
    }
    seats = { rowStart, colIdx, cost: new Int32Array(total) };
    seatColumns.set(block, seats);
  }
  const { cost } = seats;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = block.rowBegin + i;
    const own = rowOwnPost[r]!;
    for (let e = block.rowStart[i]!; e < block.rowStart[i + 1]!; e++) {
      const p = block.post[e]!;
      const c0 = (p === own ? extras[2 * r]! : extras[2 * r + 1]!) - block.units[e]!;
      const k = scopeOfPost[p]!;
      for (let c = colStart[k]!; c < colStart[k + 1]!; c++) cost[s++] = c0;
    }
  }
  return { rowBegin: block.rowBegin, rowStart: seats.rowStart, colIdx: seats.colIdx, cost };
}
