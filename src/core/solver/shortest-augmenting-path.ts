import type { CandidateGraph } from './candidate-graph.js';
import type { MatchingState } from './cost-graph.js';
import { PathSearch } from './path-search.js';

/** How `augmentFreeRows` ended. */
export type AugmentOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'cancelled' }
  /** No augmenting path from `row`: `rows` (incl. `row`) can reach only the `cols`, and |cols| < |rows|. */
  | { readonly kind: 'failed'; readonly row: number; readonly rows: number[]; readonly cols: number[] };

export interface AugmentHooks {
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  readonly shouldCancel?: (() => boolean) | undefined;
}

/**
 * Successive shortest augmenting paths (LAPJVsp style): for each free row, a Dijkstra over the
 * columns on reduced costs c_ij - u_i - v_j (`PathSearch`), stopped at the first free column; then
 * the duals of the settled part are shifted and the path is flipped.
 *
 * Why this shape: on sparse data a search touches only the pairs of the rows it reaches, and with
 * many free columns (rectangular problems, reduced "stay" problems) it stops after a few steps, so
 * the total work is far below the O(n^2 m) of a dense Hungarian method. Duals only ever decrease on
 * columns, which keeps the rectangular certificate (v <= 0, v = 0 on free columns) for free.
 *
 * @example augmentFreeRows(graph, state, freeRows, freeRows.length) // -> { kind: 'done' }
 */
export function augmentFreeRows(
  g: CandidateGraph,
  st: MatchingState,
  freeRows: Int32Array,
  count: number,
  hooks: AugmentHooks = {},
): AugmentOutcome {
  const search = new PathSearch(g, st);
  const onProgress = hooks.onProgress;
  const shouldCancel = hooks.shouldCancel;
  const base = g.n - count;
  if (onProgress !== undefined) onProgress(base, g.n);
  for (let f = 0; f < count; f++) {
    if (shouldCancel !== undefined && (f & 255) === 255 && shouldCancel()) return { kind: 'cancelled' };
    if (onProgress !== undefined && (f + base) % 1000 === 999) onProgress(f + base + 1, g.n);
    const s = freeRows[f]!;
    let sink = search.search(s);
    while (sink >= g.m) {
      // A row of the search needs its next cost band before the search can go on.
      const r = sink - g.m;
      const len = g.rowLen[r]!;
      g.expand(r);
      sink = search.resume(r, len);
    }
    if (sink < 0) return { kind: 'failed', row: s, ...search.reachedSets(s) };
  }
  if (onProgress !== undefined) onProgress(g.n, g.n);
  return { kind: 'done' };
}
