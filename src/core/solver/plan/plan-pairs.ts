import { explainFit, scoreAllPairs } from '../../matching/index.js';
import { allowsPair, type PlanRows, type RowPairLists } from './plan-problem.js';
import type { PlanScopeResult } from './plan-scope.js';
import type { PlanInput } from './plan-types.js';

/**
 * Every (row, post) pair the plan allows, in blocks of rows (see `EligiblePairs`): the pair set the
 * plan is proven optimal over. `rowStart` is local to the block: the pairs of row rowBegin + i are
 * rowStart[i] .. rowStart[i+1]-1, posts ascending by scope order.
 */
export interface PairBlock {
  readonly rowBegin: number;
  readonly rowStart: Int32Array;
  readonly post: Int32Array;
  readonly units: Int32Array;
}

/**
 * Pairs considered (rows x posts) per scoring call: bounds the memory of one block (about 1 in 8 is
 * eligible: ~50 MB at 20 million) while keeping the calls few (each builds the post index again).
 */
const BLOCK_PAIRS_CONSIDERED = 20_000_000;
/** Eligible pairs kept in memory after the first pass (8 bytes each); above it, later passes score again. */
const CACHE_PAIRS = 6_000_000;

export interface EligiblePairOptions {
  /** Rows per scoring block (default: ~20 million pairs considered per block). */
  readonly blockRows?: number;
  /** Keep the scored pairs for the later passes up to this many (default 6 million). */
  readonly cachePairs?: number;
}

/** The first pass: the restricted pair set (own post plus the k best per row) and the best rows per post. */
export interface FirstPass {
  readonly restricted: RowPairLists;
  /** Per post index p: the best row at 2p and the second best at 2p+1, by fit over all allowed pairs; -1 none. */
  readonly bestRows: Int32Array;
}

/**
 * The allowed pairs of a plan, scored by `scoreAllPairs` (every eligible pair, no top-k cut) in
 * blocks of rows and filtered by `allowsPair`; a row's stay pair is always there (a blocked stay is
 * scored with `explainFit`: a rule about the person never pushes anyone out). The first pass keeps
 * the blocks when they fit `cachePairs`, so pricing and the certificate reuse the scores; otherwise
 * every later pass scores the block again (memory: one block).
 */
export class EligiblePairs {
  /** Allowed (row, post) pairs, and the seat pairs they expand to. */
  total = 0;
  seatTotal = 0;
  /** Scoring passes run (1 when the blocks are kept). */
  scoringPasses = 0;
  private cache: PairBlock[] | null = [];
  private readonly blockRows: number;
  private readonly cachePairs: number;
  private readonly stayForced: Uint8Array;

  constructor(
    private readonly input: PlanInput,
    private readonly scope: PlanScopeResult,
    private readonly rows: PlanRows,
    options: EligiblePairOptions = {},
  ) {
    const per = Math.floor(BLOCK_PAIRS_CONSIDERED / Math.max(scope.posts.length, 1));
    this.blockRows = Math.max(1, options.blockRows ?? per);
    this.cachePairs = options.cachePairs ?? CACHE_PAIRS;
    this.stayForced = new Uint8Array(rows.rowCandidate.length);
  }

  /** True when the pairs are scored again on every pass (too many to keep). */
  get streamed(): boolean {
    return this.cache === null;
  }

  /** Scores every block once: totals, stay fits, the restricted set with `k` best posts per row, the best rows. */
  firstPass(
    k: number,
    onProgress?: (done: number, total: number) => void,
    cancelled?: () => boolean,
  ): FirstPass | null {
    const R = this.rows.rowCandidate.length;
    const { colStart, scopeOfPost } = this.rows;
    const restricted: RowPairLists = { posts: [], units: [] };
    const bestRows = new Int32Array(this.input.posts.length * 2).fill(-1);
    const bestUnits = new Float64Array(this.input.posts.length * 2).fill(Number.NEGATIVE_INFINITY);
    for (let begin = 0; begin < R; begin += this.blockRows) {
      if (cancelled?.()) return null;
      const block = this.scoreBlock(begin, Math.min(R, begin + this.blockRows), true, (done) =>
        onProgress?.(begin + done, R),
      );
      for (let i = 0; i + 1 < block.rowStart.length; i++) {
        const r = begin + i;
        const e0 = block.rowStart[i]!;
        const e1 = block.rowStart[i + 1]!;
        for (let e = e0; e < e1; e++) {
          const p = block.post[e]!;
          const u = block.units[e]!;
          const k = scopeOfPost[p]!;
          this.seatTotal += colStart[k + 1]! - colStart[k]!;
          if (u > bestUnits[2 * p]!) {
            bestRows[2 * p + 1] = bestRows[2 * p]!;
            bestUnits[2 * p + 1] = bestUnits[2 * p]!;
            bestRows[2 * p] = r;
            bestUnits[2 * p] = u;
          } else if (u > bestUnits[2 * p + 1]!) {
            bestRows[2 * p + 1] = r;
            bestUnits[2 * p + 1] = u;
          }
        }
        this.total += e1 - e0;
        const keep = topPairs(block, i, k, this.rows.rowOwnPost[r]!, r);
        restricted.posts.push(keep.map((e) => block.post[e]!));
        restricted.units.push(keep.map((e) => block.units[e]!));
      }
      if (this.cache !== null) {
        this.cache.push(block);
        if (this.total > this.cachePairs) this.cache = null;
      }
      onProgress?.(Math.min(R, begin + this.blockRows), R);
    }
    this.scoringPasses = 1;
    return { restricted, bestRows };
  }

  /** Calls `fn` with every block in row order (kept, or scored again). */
  forEachBlock(fn: (block: PairBlock) => void): void {
    if (this.cache !== null) {
      for (const b of this.cache) fn(b);
      return;
    }
    this.scoringPasses++;
    const R = this.rows.rowCandidate.length;
    for (let begin = 0; begin < R; begin += this.blockRows) {
      fn(this.scoreBlock(begin, Math.min(R, begin + this.blockRows), false));
    }
  }

  private scoreBlock(
    begin: number,
    end: number,
    first: boolean,
    onProgress?: (done: number) => void,
  ): PairBlock {
    const { input, scope, rows } = this;
    const cands = Array.from(rows.rowCandidate.subarray(begin, end), (c) => input.candidates[c]!);
    const targets = scope.posts.map((p) => input.posts[p]!);
    const { pairs } = scoreAllPairs(cands, targets, input.eligibility, input.policy, {
      topK: Number.POSITIVE_INFINITY,
      ...(onProgress ? { onProgress } : {}),
    });
    const rowStart = new Int32Array(end - begin + 1);
    // At most every scored pair plus one forced stay per row.
    const post = new Int32Array(pairs.positionIndex.length + end - begin);
    const units = new Int32Array(post.length);
    let n = 0;
    for (let i = 0; i < end - begin; i++) {
      const r = begin + i;
      const own = rows.rowOwnPost[r]!;
      const from = n;
      let stayFound = false;
      for (let e = pairs.rowStart[i]!; e < pairs.rowStart[i + 1]!; e++) {
        const p = scope.posts[pairs.positionIndex[e]!]!;
        if (!allowsPair(rows, input, r, p)) continue;
        if (p === own) {
          stayFound = true;
          if (first) rows.rowStayUnits[r] = pairs.scoreUnits[e]!;
        }
        post[n] = p;
        units[n++] = pairs.scoreUnits[e]!;
      }
      if (own >= 0 && !stayFound) {
        if (first) {
          const cand = input.candidates[rows.rowCandidate[r]!]!;
          rows.rowStayUnits[r] = explainFit(
            cand,
            input.posts[own]!,
            input.eligibility,
            input.policy,
          ).scoreUnits;
          this.stayForced[r] = 1;
        }
        post[n] = own;
        units[n++] = rows.rowStayUnits[r]!;
      }
      sortRow(post, units, from, n, rows.scopeOfPost);
      rowStart[i + 1] = n;
    }
    return { rowBegin: begin, rowStart, post: post.slice(0, n), units: units.slice(0, n) };
  }
}

/** Sorts the pairs from..to-1 of a row by scope order (scoreAllPairs appends the stay pair last). */
function sortRow(
  post: Int32Array,
  units: Int32Array,
  from: number,
  to: number,
  scopeOfPost: Int32Array,
): void {
  let sorted = true;
  for (let e = from + 1; e < to && sorted; e++) sorted = scopeOfPost[post[e - 1]!]! < scopeOfPost[post[e]!]!;
  if (sorted) return;
  const idx = Array.from({ length: to - from }, (_, i) => from + i).sort(
    (a, b) => scopeOfPost[post[a]!]! - scopeOfPost[post[b]!]!,
  );
  const p = idx.map((e) => post[e]!);
  const u = idx.map((e) => units[e]!);
  for (let i = 0; i < idx.length; i++) {
    post[from + i] = p[i]!;
    units[from + i] = u[i]!;
  }
}

/**
 * Entries of local row i to start with: the stay pair and the `k` best others by fit (ties by a hash
 * of row and post, so alike posts spread over the rows). Which pairs start only changes the speed:
 * the pricing adds any other pair the optimum needs.
 */
function topPairs(block: PairBlock, i: number, k: number, own: number, r: number): number[] {
  const e0 = block.rowStart[i]!;
  const e1 = block.rowStart[i + 1]!;
  const out: number[] = [];
  const others: number[] = [];
  for (let e = e0; e < e1; e++) (block.post[e] === own ? out : others).push(e);
  if (others.length > k) {
    const hash = (e: number) => Math.imul(block.post[e]! + 1, 0x9e3779b1) ^ Math.imul(r + 1, 0x85ebca6b);
    others.sort((a, b) => block.units[b]! - block.units[a]! || hash(a) - hash(b));
    others.length = k;
  }
  return out.concat(others);
}
