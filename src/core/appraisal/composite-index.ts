import { INDEX_COMPONENTS, type IndexComponent } from './policy.js';

/** One line of an index's breakdown: where each point of the index comes from. */
export interface ComponentBreakdown {
  readonly component: IndexComponent;
  /** The measured value (attendance %, innovation points, weighted programme hours); null for SKP. */
  readonly raw: number | null;
  /** 0-100, or null when the component has no data. */
  readonly normalized: number | null;
  /** The policy's weight. */
  readonly weight: number;
  /** The weight actually applied: a missing component's weight is shared among the others. */
  readonly appliedWeight: number;
  /** appliedWeight x normalized: the points this component adds to the index. */
  readonly contribution: number;
}

export interface CompositeIndex {
  /** 0-100, two decimals. Local and non-statutory: it never replaces the SKP predikat. */
  readonly index: number;
  readonly breakdown: readonly ComponentBreakdown[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The composite performance index: the weighted sum of the components' 0-100 scores under the
 * policy's weights (which sum to 1, see validatePolicy). A component without data is left out and
 * its weight shared among the others in proportion, so a missing attendance recap neither rewards
 * nor punishes; the breakdown says so. With non-negative weights, raising any score never lowers
 * the index. Non-statutory (DOMAIN.md 5.5): shown apart from the predikat.
 * @example compositeIndex({ SKP: {raw:null,score:80}, DISCIPLINE: {raw:99,score:90}, INNOVATION: {raw:0,score:0},
 *   PROGRAM: {raw:30,score:50} }, { SKP: .5, DISCIPLINE: .2, INNOVATION: .15, PROGRAM: .15 }).index // 65.5
 */
export function compositeIndex(
  scores: Readonly<Record<IndexComponent, { readonly raw: number | null; readonly score: number | null }>>,
  weights: Readonly<Record<IndexComponent, number>>,
): CompositeIndex {
  const present = INDEX_COMPONENTS.filter((c) => scores[c].score !== null);
  const presentWeight = present.reduce((s, c) => s + weights[c], 0);
  let index = 0;
  const breakdown = INDEX_COMPONENTS.map((component): ComponentBreakdown => {
    const { raw, score } = scores[component];
    const appliedWeight = score === null || presentWeight <= 0 ? 0 : weights[component] / presentWeight;
    const exact = score === null ? 0 : appliedWeight * score;
    index += exact;
    return {
      component,
      raw,
      normalized: score,
      weight: weights[component],
      appliedWeight: Math.round(appliedWeight * 10000) / 10000,
      contribution: round2(exact),
    };
  });
  return { index: round2(Math.min(100, Math.max(0, index))), breakdown };
}
