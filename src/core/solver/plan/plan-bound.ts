// How far from the optimum of the move limit a plan can be: the Lagrangian dual of the limit.
//
// The scenario's own cost of an arrangement x (units, lower is better) is
//   cost(x) = sum of -fit + the rotation penalty of overdue rows who stay + mu * moves(x),
// mu the scenario's move cost; the plan must keep moves(x) <= K (maxMoves). For an extra move cost
// t >= 0 let L(t) = min over every arrangement of cost(x) + t * moves(x): one certified solve at move
// cost mu + t WITHOUT rationing. Then for every x with moves(x) <= K
//   cost(x) >= cost(x) + t * (moves(x) - K) >= L(t) - t * K =: D(t)      (weak duality),
// so D(t) is a lower bound on the optimum of the limit, for every t. D is concave and piecewise
// linear in t, and moves(x_t) - K is a slope of D at t (x_t the solve's optimum).
//
// Why not the plan's own solves: once the limit binds the builder rations moves by tenure
// (`costsFor` with `ration`: a move of row r costs rank(r) units more), so its solves minimise
// cost(x) + t * moves(x) + sum of the movers' ranks. Their optimum is a lower bound only after
// subtracting the largest tie-break K movers could carry, up to K * rows units, which would report a
// gap the plan does not have (equal candidates in 300 schools). The bound is therefore computed from
// solves without the tie-break, so it speaks of the scenario's own objective only; the tie-break
// stays a choice among (near-)equal plans, and whatever it costs is inside the reported gap.

/** One evaluation of the dual: D at an extra move cost, and a slope there. */
export interface DualPoint {
  /** Extra move cost t (units, >= 0) above the scenario's move cost. */
  readonly extra: number;
  /** D(t) = L(t) - t * K (units): no arrangement within the limit costs less. */
  readonly value: number;
  /** moves(x_t) - K: positive while the solve at t moves more than the limit allows. */
  readonly slope: number;
}

/** The solve at an extra move cost as a dual point; null when its certificate does not prove L(t). */
export type DualEvaluation = (extra: number) => DualPoint | null | 'cancelled';

export interface DualSearchOptions {
  /** First guess of t (e.g. the extra move cost at which the rationed plan kept the limit). */
  readonly start: number;
  /** First step up from the guess while the solves still break the limit (it doubles each time). */
  readonly step: number;
  /** Highest t a solve may use (costs stay inside Int32). */
  readonly maxExtra: number;
  /** Solves the search may spend. */
  readonly maxEvaluations: number;
}

export interface DualSearchResult {
  /** The highest D found: the bound. */
  readonly best: DualPoint;
  readonly evaluations: number;
  readonly cancelled: boolean;
}

/**
 * Maximises D over whole t (costs are integers) from `first` (t = 0, the scenario's own solve,
 * slope > 0 when the limit binds): finds a t with slope <= 0, then cutting planes (the two slopes'
 * lines meet where the maximum can be; solve there; keep the side of the slope's sign). Stops when
 * D reaches `planCost` (the plan is then proven optimal), when a slope is 0 (that t is the maximum),
 * when the lines show that no whole t can gain a unit, or after `maxEvaluations` solves. Every
 * point found is a valid bound, so stopping early only loosens it.
 * @example
 *   // Two people who would swap posts (a gain of 10 units over the move costs) and K = 1:
 *   // D(t) = min(0, -10 + 2t) - t is highest at t = 5, so no plan within the limit costs below -5.
 *   const dual = (t: number) => ({ extra: t, value: Math.min(0, -10 + 2 * t) - t, slope: (t < 5 ? 2 : 0) - 1 });
 *   maximiseDual(dual(0), dual, 0, { start: 8, step: 8, maxExtra: 100, maxEvaluations: 8 }).best.value; // -5
 */
export function maximiseDual(
  first: DualPoint,
  evaluate: DualEvaluation,
  planCost: number,
  options: DualSearchOptions,
): DualSearchResult {
  let best = first;
  let lo = first;
  let hi: DualPoint | null = null;
  let evaluations = 0;
  let cancelled = false;
  const stop = () => cancelled || best.value >= planCost || evaluations >= options.maxEvaluations;
  const take = (t: number): DualPoint | null => {
    evaluations++;
    const p = evaluate(t);
    if (p === 'cancelled') {
      cancelled = true;
      return null;
    }
    if (p !== null && p.value > best.value) best = p;
    return p;
  };
  if (first.slope <= 0) return { best, evaluations, cancelled };

  // Bracket: from the guess upwards, doubling the step, until a solve keeps the limit.
  let t = Math.min(Math.max(options.start, 1), options.maxExtra);
  let step = Math.max(options.step, 1);
  while (hi === null && !stop()) {
    const p = take(t);
    if (p === null) return { best, evaluations, cancelled };
    if (p.slope === 0) return { best, evaluations, cancelled };
    if (p.slope < 0) hi = p;
    else {
      lo = p;
      if (t >= options.maxExtra) return { best, evaluations, cancelled };
      t = Math.min(t + step, options.maxExtra);
      step *= 2;
    }
  }
  // Cutting planes between lo (slope > 0) and hi (slope < 0).
  while (hi !== null && !stop() && hi.extra - lo.extra > 1) {
    const meet = (hi.value - lo.value + lo.slope * lo.extra - hi.slope * hi.extra) / (lo.slope - hi.slope);
    const ceiling = lo.value + lo.slope * (meet - lo.extra);
    // D is concave, so no t in [lo, hi] exceeds the lines' meeting point; D at whole t is a whole number.
    if (ceiling - best.value < 1) break;
    const next = Math.min(Math.max(Math.round(meet), lo.extra + 1), hi.extra - 1);
    const p = take(next);
    if (p === null || p.slope === 0) break;
    if (p.slope > 0) lo = p;
    else hi = p;
  }
  return { best, evaluations, cancelled };
}
