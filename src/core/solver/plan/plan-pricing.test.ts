import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAssignmentCertificate } from '../certificate.js';
import { solveSparseAssignment } from '../sparse-assignment.js';
import { buildPlan } from './build-plan.js';
import { bruteForcePlan, planCost, referenceOptions } from './plan-brute-force.js';
import { expectPlan, planInput, SAMPLED_FAMILIES, SAMPLED_SINCE, sampledPlanInput } from './plan-fixtures.js';
import { EligiblePairs } from './plan-pairs.js';
import { priceAndCertify } from './plan-pricing.js';
import { buildRows, costsFor } from './plan-problem.js';
import { resolveScope } from './plan-scope.js';
import { RestrictedProblem } from './plan-solve.js';
import type { PlanInput } from './plan-types.js';

/**
 * Up to 6 people and 5 posts (1-2 seats), whole city, everyone a row: many posts per person, so a
 * restriction to each person's best post (k = 1) often leaves the optimum out.
 */
const scenarioArb = fc
  .record({ posts: fc.integer({ min: 2, max: 5 }), people: fc.integer({ min: 1, max: 6 }) })
  .chain(({ posts, people }) =>
    fc.record({
      posts: fc.array(
        fc.record({
          seats: fc.integer({ min: 1, max: 2 }),
          family: fc.constantFrom(...SAMPLED_FAMILIES),
          isStrategic: fc.boolean(),
        }),
        { minLength: posts, maxLength: posts },
      ),
      people: fc.array(
        fc.record({
          holds: fc.option(fc.integer({ min: 0, max: posts - 1 }), { freq: 3 }),
          since: fc.constantFrom(...SAMPLED_SINCE),
          family: fc.constantFrom(...SAMPLED_FAMILIES),
          talentBox: fc.constantFrom(5 as const, 8 as const),
          index: fc.integer({ min: 40, max: 95 }),
        }),
        { minLength: people, maxLength: people },
      ),
      moveCost: fc.integer({ min: 0, max: 6 }),
    }),
  )
  .map((s) => sampledPlanInput(s, { moveCost: s.moveCost, minTenureYears: 1 }));

const withK = (input: PlanInput, k: number): PlanInput => ({
  ...input,
  scenario: {
    ...input.scenario,
    objectives: { ...input.scenario.objectives, candidatesPerEmployee: k },
  },
});

/** The assignment instance of a restricted problem, as the solver and the certificate check take it. */
const instanceOf = (rows: ReturnType<typeof buildRows>, problem: RestrictedProblem['problem']) => ({
  rows: rows.rowCandidate.length,
  cols: rows.colPost.length,
  rowStart: problem.rowStart,
  colIdx: problem.colIdx,
  cost: costsFor(problem, 0),
});

/** Allowed (row, post) pairs and their seat pairs, counted from the brute-force reference (not the builder). */
function referencePairCounts(input: PlanInput): { pairs: number; seatPairs: number } {
  const seats = input.posts.map((p) => {
    const held = input.holders.filter((h) => h.positionId === p.position.id).length;
    return Math.max(p.position.seats, held);
  });
  let pairs = 0;
  let seatPairs = 0;
  for (const options of referenceOptions(input, 0)) {
    pairs += options.length;
    for (const o of options) seatPairs += seats[o.post]!;
  }
  return { pairs, seatPairs };
}

describe('pricing makes the plan optimal over every allowed pair', () => {
  it('k = 1 and k = all give the same objective, equal to brute force, certified on all pairs', () => {
    let priced = 0;
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const small = buildPlan(withK(input, 1));
        const all = buildPlan(withK(input, 1000));
        const lambda = input.scenario.objectives.moveCost * 10_000;
        const brute = bruteForcePlan(input, lambda);
        expect(small.status).toBe(all.status);
        if (brute.best === Number.POSITIVE_INFINITY) {
          expect(small.status).toBe('INFEASIBLE');
          return;
        }
        const [a, b] = [expectPlan(small), expectPlan(all)];
        expect(a.solves.at(-1)!.objective).toBe(b.solves.at(-1)!.objective);
        expect(a.solves.at(-1)!.objective).toBe(brute.best);
        expect(planCost(input, a, lambda)).toBe(brute.best);
        const ref = referencePairCounts(input);
        for (const p of [a, b]) {
          expect(p.provenOptimal).toBe(true);
          expect(p.pricing).toMatchObject({
            eligiblePairs: ref.pairs,
            eligibleSeatPairs: ref.seatPairs,
            coversAllPairs: true,
          });
          expect(p.solves.at(-1)!.pairsChecked).toBe(ref.seatPairs);
        }
        // Scored again in blocks of 2 rows on every pass (nothing kept): the same plan.
        const streamed = expectPlan(buildPlan(withK(input, 1), {}, { blockRows: 2, cachePairs: 0 }));
        expect(streamed.solves.at(-1)!.objective).toBe(brute.best);
        expect(streamed.pricing).toMatchObject({ streamed: true, coversAllPairs: true });
        expect(streamed.pricing!.scoringPasses).toBe(1 + streamed.pricing!.pricingRounds);
        // With every pair from the start, the first restricted solve is already optimal.
        expect(b.solves.at(-1)!.pricingRounds).toBe(1);
        if (a.pricing!.pricingRounds > 1) priced++;
      }),
      { numRuns: 150 },
    );
    // The property is not vacuous: the restriction to the best post missed the optimum in some runs.
    expect(priced).toBeGreaterThan(10);
  });

  it('keeps the move limit with k = 1, each solve optimal for its own costs over all pairs', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 2 }), (base, maxMoves) => {
        const input = withK(
          { ...base, scenario: { ...base.scenario, objectives: { ...base.scenario.objectives, maxMoves } } },
          1,
        );
        const out = buildPlan(input);
        if (out.status !== 'OPTIMAL') return;
        expect(out.totals.moves).toBeLessThanOrEqual(maxMoves);
        for (const s of out.solves) {
          expect(s.certificate.holds).toBe(true);
          expect(s.pairsChecked).toBe(out.pricing!.eligibleSeatPairs);
        }
        const final = out.solves.at(-1)!;
        expect(final.objective).toBe(bruteForcePlan(input, final.moveCostUnits, final.rationed).best);
      }),
      { numRuns: 60 },
    );
  });

  it('two people whose best post is the same one: the second choice comes from pricing', () => {
    // Both without a post, both best in post 10 (their own family); k = 1 offers each only post 10.
    const input = withK(
      planInput(
        [
          { id: 1, holds: null, family: 'FINANCE', index: 90 },
          { id: 2, holds: null, family: 'FINANCE', index: 60 },
        ],
        [
          { id: 10, family: 'FINANCE' },
          { id: 11, family: 'HR' },
        ],
      ),
      1,
    );
    const named = {
      ...input,
      scenario: {
        ...input.scenario,
        scope: { mode: 'WHOLE_CITY' as const, nips: input.candidates.map((c) => c.employee.nip as string) },
      },
    };
    const plan = expectPlan(buildPlan(named));
    expect(plan.moves.map((m) => m.toPositionId).sort()).toEqual([10, 11]);
    expect(plan.solves[0]!.pricingRounds).toBeGreaterThan(1);
    expect(plan.pricing).toMatchObject({ eligiblePairs: 4, restrictedPairs: 4, coversAllPairs: true });
    expect(plan.solves.at(-1)!.objective).toBe(bruteForcePlan(named, 0).best);
    expect(plan.provenOptimal).toBe(true);
  });
});

describe('the full check fails on a wrong proof', () => {
  /** A scenario whose k = 1 restricted optimum is not optimal for all pairs (found by the property above). */
  function missedOptimum() {
    for (let seed = 1; seed < 500; seed++) {
      const [input] = fc.sample(scenarioArb, { seed, numRuns: 1 });
      const scope = resolveScope(input!);
      const rows = buildRows(input!, scope);
      if (rows.rowCandidate.length > rows.colPost.length) continue;
      const source = new EligiblePairs(input!, scope, rows, { blockRows: 2 });
      const first = source.firstPass(1)!;
      const restricted = new RestrictedProblem(rows, first.restricted);
      const problem = restricted.problem;
      const inst = instanceOf(rows, problem);
      const r = solveSparseAssignment(inst);
      if (r.status !== 'optimal') continue;
      const pairs = {
        posts: first.restricted.posts.map((p) => [...p]),
        units: first.restricted.units.map((u) => [...u]),
      };
      if (priceAndCertify(source, rows, pairs, r, 0, false).added === 0) continue;
      return { input: input!, source, rows, restricted, inst, r };
    }
    throw new Error('no scenario where k = 1 misses the optimum');
  }

  it('a restricted optimum with a missing pair passes the restricted check but fails the full one', () => {
    const { source, rows, restricted, inst, r } = missedOptimum();
    expect(checkAssignmentCertificate(inst, r.rowToCol, r.u, r.v, r.objective).holds).toBe(true);
    const priced = priceAndCertify(source, rows, restricted.pairs, r, 0, false);
    expect(priced.added).toBeGreaterThan(0);
    expect(priced.certificate.holds).toBe(false);
    expect(priced.certificate.violations.map((v) => v.kind)).toContain('reduced-cost-negative');
  });

  it('a tampered dual fails the full check once pricing has converged', () => {
    const { source, rows, restricted } = missedOptimum();
    for (;;) {
      const problem = restricted.problem;
      const inst = instanceOf(rows, problem);
      const r = solveSparseAssignment(inst);
      if (r.status !== 'optimal') throw new Error(r.status);
      const priced = priceAndCertify(source, rows, restricted.pairs, r, 0, false);
      if (priced.added > 0) {
        restricted.changed();
        continue;
      }
      expect(priced.certificate.holds).toBe(true);
      expect(priced.certificate.pairsChecked).toBe(source.seatTotal);
      for (const tamper of [
        (u: Float64Array, _v: Float64Array) => (u[0]! += 1),
        (_u: Float64Array, v: Float64Array) => (v[r.rowToCol[0]!]! += 1),
      ]) {
        const u = Float64Array.from(r.u);
        const v = Float64Array.from(r.v);
        tamper(u, v);
        const pairs = {
          posts: restricted.pairs.posts.map((p) => [...p]),
          units: restricted.pairs.units.map((x) => [...x]),
        };
        const bad = priceAndCertify(source, rows, pairs, { ...r, u, v }, 0, false);
        expect(bad.certificate.holds).toBe(false);
      }
      return;
    }
  });
});
