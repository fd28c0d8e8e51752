import { SCORE_SCALE } from '../../matching/index.js';
import { buildChains, type ChainMover } from './plan-chains.js';
import { explainMove, PlanFitExplainer } from './plan-explain.js';
import { fromSolverInfeasible, moveLimit, noSeatRows, seatsShort } from './plan-infeasible.js';
import { jptNominations } from './plan-jpt.js';
import { type EligiblePairOptions, EligiblePairs } from './plan-pairs.js';
import { withPlanningPosture } from './plan-posture.js';
import { buildRows } from './plan-problem.js';
import { MAX_BOUND_SOLVES, proveLimit } from './plan-prove-limit.js';
import { resolveScope } from './plan-scope.js';
import { isMove, RestrictedProblem, type SolveLoopHooks, solveWithMoveLimit } from './plan-solve.js';
import { assignedUnits, planTotals } from './plan-totals.js';
import {
  DEFAULT_PLAN_OBJECTIVES,
  type PlanHooks,
  type PlanInput,
  type PlanMove,
  type PlanOutcome,
  type PlanPhase,
  type PlanReasonCode,
} from './plan-types.js';
import { validatePlanInput } from './validate-scenario.js';

/**
 * Builds the optimal mutation plan of a scenario: scope -> scoring -> assignment problem -> certified
 * solves (SOLVING: raising the move cost until maxMoves holds; PROVING: bounding how far that plan
 * can be from the limit's optimum, `optimality`) -> moves with vacancy chains, explanations and
 * totals, and nominations for vacant JPT posts (which a plan never fills: `plan-jpt.ts`). Each solve
 * starts from the best `candidatesPerEmployee` posts per row and prices every other allowed pair
 * (`solveWithMoveLimit`), so the plan is optimal, and its certificate checked, over every allowed
 * pair. `pairOptions` sizes the scoring blocks (tests, bench). Pure: the input carries the date and
 * all data; solve times need `hooks.clock`.
 *
 * Outcomes are values: INFEASIBLE names the rows that cannot be placed; CANCELLED when
 * `hooks.shouldCancel()` returns true (polled between phases and inside the solver). A scenario that
 * breaks a rule (negative limit, unknown policy version or NIP) throws a DomainError.
 * @example buildPlan(input, { onProgress: (p) => bar.update(p.done / p.total) }).status // 'OPTIMAL'
 */
export function buildPlan(
  given: PlanInput,
  hooks: PlanHooks = {},
  pairOptions: EligiblePairOptions = {},
): PlanOutcome {
  validatePlanInput(given);
  const input = withPlanningPosture(given);
  const cancelled = () => hooks.shouldCancel?.() === true;
  const progress = (phase: PlanPhase, done: number, total: number) =>
    hooks.onProgress?.({ phase, done, total });
  const { objectives } = input.scenario;

  progress('SCOPING', 0, 1);
  const scope = resolveScope(input);
  progress('SCOPING', 1, 1);
  if (cancelled()) return { status: 'CANCELLED', phase: 'SCOPING' };

  const rows = buildRows(input, scope);
  const source = new EligiblePairs(input, scope, rows, pairOptions);
  progress('SCORING', 0, rows.rowCandidate.length);
  const first = source.firstPass(
    objectives.candidatesPerEmployee ?? DEFAULT_PLAN_OBJECTIVES.candidatesPerEmployee!,
    (done, total) => progress('SCORING', done, total),
    cancelled,
  );
  if (first === null || cancelled()) return { status: 'CANCELLED', phase: 'SCORING' };

  const restricted = new RestrictedProblem(rows, first.restricted);
  const placeOnly = noSeatRows(input, restricted.problem);
  if (placeOnly) return placeOnly;
  if (rows.rowCandidate.length > rows.colPost.length) return seatsShort(input, restricted.problem);

  const maxSolves = objectives.maxMoves === null ? 1 : 48 + MAX_BOUND_SOLVES;
  progress('SOLVING', 0, maxSolves);
  const baseMoveCost = Math.round(objectives.moveCost * SCORE_SCALE);
  const solveHooks: SolveLoopHooks = {
    ...(hooks.shouldCancel ? { shouldCancel: () => hooks.shouldCancel!() } : {}),
    ...(hooks.clock ? { clock: () => hooks.clock!() } : {}),
    onSolve: (n) => progress('SOLVING', n, Math.max(n, maxSolves)),
  };
  const loop = solveWithMoveLimit(restricted, source, baseMoveCost, objectives.maxMoves, solveHooks);
  if (loop.kind === 'cancelled') return { status: 'CANCELLED', phase: 'SOLVING' };
  if (loop.kind === 'infeasible') return fromSolverInfeasible(input, loop.problem, loop.detail);
  if (loop.kind === 'move-limit') return moveLimit(input, loop.problem, loop.rowToCol, loop.moves);
  progress('SOLVING', loop.solves.length, loop.solves.length);
  // A binding move limit: extra certified solves bound how far the plan can be from its optimum.
  const proofHooks: SolveLoopHooks = {
    ...solveHooks,
    onSolve: (n) => progress('PROVING', n - loop.solves.length, MAX_BOUND_SOLVES),
  };
  const proof = proveLimit(restricted, source, loop, baseMoveCost, objectives.maxMoves, proofHooks);
  if (proof === 'cancelled') return { status: 'CANCELLED', phase: 'PROVING' };
  const bound = proof.boundSolves.length;
  if (bound > 0) progress('PROVING', bound, bound);
  if (cancelled()) return { status: 'CANCELLED', phase: bound > 0 ? 'PROVING' : 'SOLVING' };

  const { rowToCol, problem } = loop;
  const movers: number[] = [];
  for (let r = 0; r < rowToCol.length; r++) {
    if (problem.rowOwnPost[r]! < 0 || isMove(problem, r, rowToCol[r]!)) movers.push(r);
  }
  const posId = (post: number) => input.posts[post]!.position.id;
  const chainMovers: ChainMover[] = movers.map((r) => ({
    employeeId: input.candidates[problem.rowCandidate[r]!]!.employee.id,
    fromPost: problem.rowOwnPost[r]! >= 0 ? posId(problem.rowOwnPost[r]!) : null,
    toPost: posId(problem.colPost[rowToCol[r]!]!),
  }));
  const { chains, placement } = buildChains(chainMovers);
  const explainer = new PlanFitExplainer(input, problem);
  const moves: PlanMove[] = [];
  for (const [i, r] of movers.entries()) {
    if (i % 256 === 0) {
      progress('EXPLAINING', i, movers.length);
      if (cancelled()) return { status: 'CANCELLED', phase: 'EXPLAINING' };
    }
    const cand = input.candidates[problem.rowCandidate[r]!]!;
    const own = problem.rowOwnPost[r]!;
    const to = problem.colPost[rowToCol[r]!]!;
    const after = assignedUnits(problem, r, rowToCol[r]!);
    const chain = placement.get(cand.employee.id)!;
    const reasons: PlanReasonCode[] = [];
    if (own < 0) reasons.push('PLACEMENT');
    if (problem.rowOverdue[r]) reasons.push('FORCED_ROTATION');
    reasons.push(
      chain.chainOrder === 1 && chains[chain.chainId - 1]!.kind === 'VACANCY'
        ? 'FILLS_VACANCY'
        : 'FILLS_VACATED_SEAT',
    );
    if (own >= 0 && after > problem.rowStayUnits[r]!) reasons.push('BETTER_FIT');
    if (own >= 0 && after < problem.rowStayUnits[r]!) reasons.push('MAKES_ROOM');
    const { explanation } = explainMove(first.bestRows, r, to, reasons, explainer);
    const toPos = input.posts[to]!.position;
    moves.push({
      employeeId: cand.employee.id,
      nip: cand.employee.nip,
      name: cand.employee.name,
      fromPositionId: own >= 0 ? posId(own) : null,
      fromUnitId: own >= 0 ? input.posts[own]!.position.unitId : null,
      toPositionId: toPos.id,
      toUnitId: toPos.unitId,
      fitBefore: own >= 0 ? problem.rowStayUnits[r]! / SCORE_SCALE : null,
      fitAfter: after / SCORE_SCALE,
      tenureMonths: problem.rowTenure[r]! >= 0 ? problem.rowTenure[r]! : null,
      chainId: chain.chainId,
      chainOrder: chain.chainOrder,
      explanation,
    });
  }
  if (cancelled()) return { status: 'CANCELLED', phase: 'EXPLAINING' };
  const nominations = jptNominations(
    input,
    scope.jptVacancies,
    new Map(moves.map((m) => [m.employeeId, m.toPositionId])),
  );
  progress('EXPLAINING', movers.length, movers.length);
  moves.sort((a, b) => a.chainId - b.chainId || a.chainOrder - b.chainOrder);

  const last = loop.solves[loop.solves.length - 1]!;
  const placements = movers.filter((r) => problem.rowOwnPost[r]! < 0).length;
  const { totals, unfilledSeats } = planTotals(input, problem, scope, rowToCol, last.moves, placements);
  return {
    status: 'OPTIMAL',
    scenario: input.scenario,
    asOf: input.asOf,
    policyVersion: input.policy.version,
    ruleTableVersion: input.eligibility.ruleTable.version,
    moves,
    chains,
    unfilledSeats,
    totals,
    problem: {
      rows: problem.rowStart.length - 1,
      cols: problem.colPost.length,
      pairs: problem.colIdx.length,
    },
    solves: loop.solves,
    solveCount: loop.solves.length,
    finalMoveCost: loop.moveCostUnits / SCORE_SCALE,
    provenOptimal: proof.optimality.status === 'PROVEN_OPTIMAL',
    certified: proof.certified,
    optimality: proof.optimality,
    boundSolves: proof.boundSolves,
    nominations,
    pricing: {
      eligiblePairs: source.total,
      eligibleSeatPairs: source.seatTotal,
      restrictedPairs: problem.rowPosts.reduce((n, p) => n + p.length, 0),
      restrictedSeatPairs: problem.colIdx.length,
      pricingRounds: [...loop.solves, ...proof.boundSolves].reduce((n, x) => n + (x.pricingRounds ?? 1), 0),
      streamed: source.streamed,
      scoringPasses: source.scoringPasses,
      coversAllPairs: last.pairsChecked === source.seatTotal,
    },
  };
}
