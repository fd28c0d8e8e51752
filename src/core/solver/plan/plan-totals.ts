import { SCORE_SCALE } from '../../matching/index.js';
import type { PlanProblem } from './plan-problem.js';
import type { PlanScopeResult } from './plan-scope.js';
import type { PlanInput, PlanTotals, PlanUnfilledSeats, PlanUnitTotals } from './plan-types.js';

/** Fit of a row at its assigned column (units), looked up in the row's pairs. */
export function assignedUnits(problem: PlanProblem, r: number, col: number): number {
  for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
    if (problem.colIdx[e] === col) return problem.fitUnits[e]!;
  }
  return 0;
}

/**
 * Totals of a plan: fit before (rows in their own posts; none for people without a post) and after,
 * per unit and overall; vacant seats on the scenario's target posts before and after (a vacancy
 * round counts its vacancies, not the seats its chains leave behind elsewhere); seats filled and
 * seats newly left empty on any post; and every post with an empty seat before or after.
 */
export function planTotals(
  input: PlanInput,
  problem: PlanProblem,
  scope: PlanScopeResult,
  rowToCol: Int32Array,
  moves: number,
  placements: number,
): { totals: PlanTotals; unfilledSeats: PlanUnfilledSeats[] } {
  const byUnit = new Map<
    number,
    { fb: number; fa: number; hb: number; ha: number; mi: number; mo: number }
  >();
  const unit = (post: number) => {
    const id = input.posts[post]!.position.unitId;
    let t = byUnit.get(id);
    if (!t) {
      t = { fb: 0, fa: 0, hb: 0, ha: 0, mi: 0, mo: 0 };
      byUnit.set(id, t);
    }
    return t;
  };
  let fitBefore = 0;
  let fitAfter = 0;
  let overdueKept = 0;
  const filled = new Int32Array(input.posts.length);
  for (let r = 0; r < rowToCol.length; r++) {
    const own = problem.rowOwnPost[r]!;
    const to = problem.colPost[rowToCol[r]!]!;
    const after = assignedUnits(problem, r, rowToCol[r]!);
    filled[to]!++;
    fitAfter += after;
    const ta = unit(to);
    ta.fa += after;
    ta.ha++;
    if (own >= 0) {
      fitBefore += problem.rowStayUnits[r]!;
      const tb = unit(own);
      tb.fb += problem.rowStayUnits[r]!;
      tb.hb++;
      if (own !== to) {
        tb.mo++;
        ta.mi++;
      } else if (problem.rowOverdue[r]) overdueKept++;
    } else ta.mi++;
  }
  const unfilledSeats: PlanUnfilledSeats[] = [];
  let before = 0;
  let after = 0;
  let vacanciesFilled = 0;
  let seatsVacated = 0;
  scope.posts.forEach((p, k) => {
    const open = scope.openSeats[k]!;
    const ub = open - scope.rowHolders[k]!;
    const ua = open - filled[p]!;
    const target = scope.targets[k]!;
    if (target) {
      before += ub;
      after += ua;
    }
    if (ua < ub) vacanciesFilled += ub - ua;
    else seatsVacated += ua - ub;
    if (ub > 0 || ua > 0) {
      const { position } = input.posts[p]!;
      unfilledSeats.push({
        positionId: position.id,
        unitId: position.unitId,
        seats: position.seats,
        unfilled: ua,
        unfilledBefore: ub,
        target,
      });
    }
  });
  const pts = (u: number) => u / SCORE_SCALE;
  const units: PlanUnitTotals[] = [...byUnit.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([unitId, t]) => ({
      unitId,
      fitBefore: pts(t.fb),
      fitAfter: pts(t.fa),
      holdersBefore: t.hb,
      holdersAfter: t.ha,
      movesIn: t.mi,
      movesOut: t.mo,
    }));
  return {
    totals: {
      rows: rowToCol.length,
      seats: scope.openSeats.reduce((a, b) => a + b, 0),
      moves,
      placements,
      fitBefore: pts(fitBefore),
      fitAfter: pts(fitAfter),
      unfilledSeatsBefore: before,
      unfilledSeatsAfter: after,
      vacanciesFilled,
      seatsVacated,
      rotationOverdueKept: overdueKept,
      byUnit: units,
    },
    unfilledSeats,
  };
}

/**
 * Seats a plan fills (vacant before, taken after) and seats it leaves empty (taken before, vacant
 * after), from its per-post unfilled seats: for plans stored before the totals carried them.
 * @example seatChangesOf([{ unfilledBefore: 1, unfilled: 0 }, { unfilledBefore: 0, unfilled: 1 }]) // { vacanciesFilled: 1, seatsVacated: 1 }
 */
export function seatChangesOf(seats: readonly Pick<PlanUnfilledSeats, 'unfilled' | 'unfilledBefore'>[]): {
  vacanciesFilled: number;
  seatsVacated: number;
} {
  let vacanciesFilled = 0;
  let seatsVacated = 0;
  for (const s of seats) {
    if (s.unfilled < s.unfilledBefore) vacanciesFilled += s.unfilledBefore - s.unfilled;
    else seatsVacated += s.unfilled - s.unfilledBefore;
  }
  return { vacanciesFilled, seatsVacated };
}
