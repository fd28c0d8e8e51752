import type { MatchingState } from './cost-graph.js';
import type { StayStructure } from './stay-structure.js';

/** An assignment of every S-vertex with duals, in S/L terms (see `StayStructure`). */
export interface SideSolution {
  readonly sToL: Int32Array;
  readonly dS: Float64Array;
  readonly dL: Float64Array;
}

/**
 * Maps the solution of the reduced "stay" problem (rows = shared L-vertices p, columns = S-vertices
 * then dummies; see `StaySource`) back to the original instance, duals included.
 *
 * Assignment: S-vertex s takes the shared L-vertex matched to it, otherwise its stay partner.
 * Duals (reduced: U_p on rows, V_s on S-columns; original: dS on S, dL on L), with s_i = stayCost:
 *   dS_s = s_s + V_s,   dL_p = U_p for shared p,   dL = 0 for every private L-vertex.
 * Why this is a certificate of the original (S = rows orientation, "v <= 0, 0 when unassigned"):
 * - shared pair kept (c' = c - s_s < 0): c - dS_s - dL_p = c' - V_s - U_p >= 0, = 0 when matched;
 * - shared pair dropped (c' >= 0): c' - V_s - U_p >= 0 because V_s <= 0 and U_p <= 0;
 * - stay pair: s_s - dS_s - 0 = -V_s >= 0, and = 0 when s stays, since an unmatched S-column has
 *   V_s = 0; other private pairs cost >= s_s, so they hold too;
 * - signs: dL_p = U_p <= 0 because row p's dummy (cost 0, dual 0) gives 0 - U_p - 0 >= 0, and U_p = 0
 *   for a vacant p (matched to its dummy); private L-vertices have dL = 0.
 * The objective is sum(s_s) + reduced optimum, and the dual bound equals it by the same terms.
 *
 * @example mapStaySolution(stay, state).sToL[s] // -> the L-vertex of S-vertex s
 */
export function mapStaySolution(stay: StayStructure, st: MatchingState): SideSolution {
  const { n, m, shared, stayCost, stayPartner } = stay;
  const sToL = new Int32Array(n);
  const dS = new Float64Array(n);
  const dL = new Float64Array(m);
  for (let s = 0; s < n; s++) {
    const p = st.colToRow[s]!;
    sToL[s] = p >= 0 ? shared[p]! : stayPartner[s]!;
    dS[s] = stayCost[s]! + st.v[s]!;
  }
  for (let p = 0; p < shared.length; p++) dL[shared[p]!] = st.u[p]!;
  return { sToL, dS, dL };
}
