import type { SolveOptions } from './assignment-types.js';
import { CandidateGraph } from './candidate-graph.js';
import { type CandidateSource, type FullGraph, MatchingState } from './cost-graph.js';
import { augmentingRowReduction, greedyRowStart } from './row-reduction.js';
import { augmentFreeRows } from './shortest-augmenting-path.js';

export type SourceOutcome =
  | { readonly kind: 'done'; readonly state: MatchingState }
  | { readonly kind: 'cancelled' }
  /** No full matching: `rows` reach only `cols` (fewer) in `full`, the whole graph. */
  | { readonly kind: 'failed'; readonly full: FullGraph; readonly rows: number[]; readonly cols: number[] };

/** Augmenting row reduction passes (JV use 2; more settle a few more rows cheaply on dense data). */
const ARR_PASSES = 2;

/**
 * Matches every row of a candidate source at minimum cost: greedy row start and augmenting row
 * reduction on the cheapest pairs (rectangular sources; square ones start with every row free), then
 * shortest augmenting paths that fetch more pairs of a row only when the row's missing pairs could
 * matter.
 *
 * @example solveOnSource(new PlainSource(inst, 8), {}) // -> { kind: 'done', state }
 */
export function solveOnSource(source: CandidateSource, options: SolveOptions): SourceOutcome {
  const graph = new CandidateGraph(source);
  const state = new MatchingState(source.n, source.m);
  const free = new Int32Array(source.n);
  let count = source.n;
  if (source.n === source.m) {
    // Square: every row starts free and searches (the first searches are the greedy start). The
    // cost is in the last, long augmentations, which a cheap start does not shorten (bench
    // dense_500..3000: as fast warm without one), and with a single hot loop V8 has the searches
    // optimised sooner in a one-shot solve (dense_500 against SciPy in the same round: 25/31 rounds
    // within 1.0x without a start, 17/31 with the greedy start, 0/15 with greedy start and row
    // reduction; bench/README.md "Cold solves").
    for (let i = 0; i < count; i++) free[i] = i;
  } else {
    count = greedyRowStart(graph, state, free);
    for (let p = 0; p < ARR_PASSES; p++) count = augmentingRowReduction(graph, state, free, count);
  }
  const out = augmentFreeRows(graph, state, free, count, options);
  if (out.kind === 'done') return { kind: 'done', state };
  if (out.kind === 'cancelled') return out;
  return { kind: 'failed', full: source.full(), rows: out.rows, cols: out.cols };
}
