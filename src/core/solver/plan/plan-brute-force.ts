import { explainFit } from '../../matching/index.js';
import { wholeMonthsBetween } from '../../model/local-date.js';
import { withPlanningPosture } from './plan-posture.js';
import { rotationPenaltyUnits } from './plan-problem.js';
import type { Plan, PlanInput } from './plan-types.js';

// A reference for the builder's tests, written from the scenario's rules and not from the builder's
// problem: every employee is a row (all posts in scope), fits come from explainFit, and every
// assignment of rows to posts within the seats is enumerated.

export interface BruteForceResult {
  /** Minimum total cost in units, Infinity when no assignment places every row. */
  readonly best: number;
  /** Moves of some optimal assignment with the fewest moves (for the limit tests). */
  readonly fewestMovesAtBest: number;
}

const tenureOf = (input: PlanInput, c: PlanInput['candidates'][number]): number => {
  const { currentPositionId: own, currentPositionSince: since } = c.employee;
  return own !== null && since ? wholeMonthsBetween(since, input.asOf) : -1;
};

/** JPT posts are filled by open selection, never by a plan (DOMAIN.md 15.3). */
const isJpt = (p: PlanInput['posts'][number]) => p.position.grade.kind.startsWith('JPT_');

/**
 * Allowed posts per row with their cost, for a move cost in units. Rationed (the limit binds): a
 * move costs one unit more per row longer in post (ties: lower employee id first). A JPT holder
 * only stays; nobody moves into a JPT post.
 */
export function referenceOptions(given: PlanInput, moveCostUnits: number, rationed = false) {
  const input = withPlanningPosture(given);
  const o = input.scenario.objectives;
  const whole = input.scenario.scope.mode === 'WHOLE_CITY';
  return input.candidates.map((c) => {
    const own = c.employee.currentPositionId;
    const tenure = tenureOf(input, c);
    const ahead = input.candidates.filter((x) => {
      const t = tenureOf(input, x);
      return t > tenure || (t === tenure && x.employee.id < c.employee.id);
    }).length;
    const move = moveCostUnits + (rationed ? ahead : 0);
    const overdue =
      whole && o.forcedRotationYears !== null && own !== null && tenure >= o.forcedRotationYears * 12;
    const tooEarly =
      own !== null && o.minTenureYears !== null && tenure >= 0 && tenure < o.minTenureYears * 12;
    const holdsJpt = input.posts.some((p) => p.position.id === own && isJpt(p));
    const inPool = c.performance.talentBox !== null && o.talentPoolBoxes.includes(c.performance.talentBox);
    const options: { post: number; cost: number; move: boolean }[] = [];
    input.posts.forEach((p, k) => {
      const fit = explainFit(c, p, input.eligibility, input.policy);
      const stay = p.position.id === own;
      if (stay) {
        options.push({
          post: k,
          cost: -fit.scoreUnits + (overdue ? rotationPenaltyUnits(o) : 0),
          move: false,
        });
        return;
      }
      if (fit.eligibility.status === 'BLOCKED' || tooEarly || isJpt(p) || holdsJpt) return;
      if (o.strategicFromTalentPoolOnly && p.position.isStrategic && !inPool) return;
      options.push({
        post: k,
        cost: -fit.scoreUnits + (own === null ? 0 : move),
        move: own !== null,
      });
    });
    return options;
  });
}

/** The optimum over every arrangement (with at most `maxMoves` moves when given). */
export function bruteForcePlan(
  input: PlanInput,
  moveCostUnits: number,
  rationed = false,
  maxMoves = Number.POSITIVE_INFINITY,
): BruteForceResult {
  const options = referenceOptions(input, moveCostUnits, rationed);
  const free = input.posts.map((p) => {
    const held = input.holders.filter((h) => h.positionId === p.position.id).length;
    return Math.max(p.position.seats, held);
  });
  let best = Number.POSITIVE_INFINITY;
  let fewest = Number.POSITIVE_INFINITY;
  const go = (r: number, cost: number, moves: number) => {
    if (r === options.length) {
      if (cost < best || (cost === best && moves < fewest)) {
        best = cost;
        fewest = moves;
      }
      return;
    }
    for (const opt of options[r]!) {
      if (free[opt.post]! === 0 || (opt.move && moves >= maxMoves)) continue;
      free[opt.post]!--;
      go(r + 1, cost + opt.cost, moves + (opt.move ? 1 : 0));
      free[opt.post]!++;
    }
  };
  go(0, 0, 0);
  return { best, fewestMovesAtBest: fewest };
}

/** The cost of the plan's final arrangement, recomputed from its moves with the reference costs. */
export function planCost(input: PlanInput, plan: Plan, moveCostUnits: number, rationed = false): number {
  const options = referenceOptions(input, moveCostUnits, rationed);
  const dest = new Map(plan.moves.map((m) => [m.employeeId, m.toPositionId]));
  let total = 0;
  input.candidates.forEach((c, r) => {
    const to = dest.get(c.employee.id) ?? c.employee.currentPositionId;
    const k = input.posts.findIndex((p) => p.position.id === to);
    const opt = options[r]!.find((o) => o.post === k);
    if (!opt) throw new Error(`plan puts ${c.employee.nip} on a post that is not allowed (${to})`);
    total += opt.cost;
  });
  return total;
}
