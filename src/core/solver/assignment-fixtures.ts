import type { AssignmentInstance } from './assignment-types.js';

// Small instance builders and a brute-force reference for the solver's tests (pure, no test
// framework: the test files bring their own assertions).

/** A cost matrix with `null` for forbidden pairs -> CSR instance. */
export function fromMatrix(m: readonly (readonly (number | null)[])[], cols: number): AssignmentInstance {
  const rowStart = [0];
  const colIdx: number[] = [];
  const cost: number[] = [];
  for (const row of m) {
    row.forEach((c, j) => {
      if (c !== null) {
        colIdx.push(j);
        cost.push(c);
      }
    });
    rowStart.push(colIdx.length);
  }
  return {
    rows: m.length,
    cols,
    rowStart: Int32Array.from(rowStart),
    colIdx: Int32Array.from(colIdx),
    cost: Int32Array.from(cost),
  };
}

/** CSR instance -> cost matrix with `null` for forbidden pairs. */
export function toMatrix(inst: AssignmentInstance): (number | null)[][] {
  const m = Array.from({ length: inst.rows }, () => new Array<number | null>(inst.cols).fill(null));
  for (let i = 0; i < inst.rows; i++) {
    for (let e = inst.rowStart[i]!; e < inst.rowStart[i + 1]!; e++) m[i]![inst.colIdx[e]!] = inst.cost[e]!;
  }
  return m;
}

/** The same instance with rows and columns swapped. */
export function transpose(inst: AssignmentInstance): AssignmentInstance {
  const m = toMatrix(inst);
  return fromMatrix(
    Array.from({ length: inst.cols }, (_, j) => m.map((row) => row[j]!)),
    inst.rows,
  );
}

/**
 * Brute force by dynamic programming over subsets of the larger side: the minimum cost of an
 * assignment of min(rows, cols) pairs (Infinity when none exists) and the size of a maximum matching.
 */
export function bruteForce(inst: AssignmentInstance): { best: number; maxMatching: number } {
  const m0 = toMatrix(inst);
  const small = inst.rows <= inst.cols ? m0 : m0[0] ? m0[0].map((_, j) => m0.map((r) => r[j]!)) : [];
  let cost = new Map<number, number>([[0, 0]]);
  let reach = new Set<number>([0]);
  let maxMatching = 0;
  for (const row of small) {
    const next = new Map<number, number>();
    const nextReach = new Set<number>(reach);
    for (const [mask, c] of cost) {
      row.forEach((x, j) => {
        if (x === null || mask & (1 << j)) return;
        const k = mask | (1 << j);
        next.set(k, Math.min(next.get(k) ?? Number.POSITIVE_INFINITY, c + x));
      });
    }
    for (const mask of reach) {
      row.forEach((x, j) => {
        if (x !== null && !(mask & (1 << j))) nextReach.add(mask | (1 << j));
      });
    }
    cost = next;
    reach = nextReach;
  }
  for (const mask of reach) maxMatching = Math.max(maxMatching, popcount(mask));
  let best = Number.POSITIVE_INFINITY;
  for (const c of cost.values()) best = Math.min(best, c);
  return { best, maxMatching };
}

function popcount(x: number): number {
  let c = 0;
  for (let y = x; y; y &= y - 1) c++;
  return c;
}

/** Small seeded PRNG for test data (deterministic). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
