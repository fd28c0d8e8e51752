import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAssignmentCertificate } from '../certificate.js';
import { buildPlan } from './build-plan.js';
import { bruteForcePlan, planCost } from './plan-brute-force.js';
import { expectPlan, planInput, SAMPLED_FAMILIES, SAMPLED_SINCE, sampledPlanInput } from './plan-fixtures.js';
import type { Plan, PlanInput } from './plan-types.js';

/** Up to 5 people and 4 posts (1-2 seats), some people without a post, some posts over- or under-filled. */
const scenarioArb = fc
  .record({ posts: fc.integer({ min: 1, max: 4 }), people: fc.integer({ min: 1, max: 5 }) })
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
          holds: fc.option(fc.integer({ min: 0, max: posts - 1 }), { freq: 4 }),
          since: fc.constantFrom(...SAMPLED_SINCE),
          family: fc.constantFrom(...SAMPLED_FAMILIES),
          talentBox: fc.constantFrom(5 as const, 8 as const),
          index: fc.integer({ min: 40, max: 95 }),
          // Stated preferences make posts differ per person (swaps, rings), whatever the families.
          prefers: fc.subarray(Array.from({ length: posts }, (_, k) => k)),
        }),
        { minLength: people, maxLength: people },
      ),
      moveCost: fc.integer({ min: 0, max: 10 }),
      forcedRotationYears: fc.constantFrom(5, null),
      minTenureYears: fc.constantFrom(2, 3, null),
      mode: fc.constantFrom('WHOLE_CITY' as const, 'VACANCIES' as const),
    }),
  )
  .map((s) =>
    sampledPlanInput(
      s,
      { moveCost: s.moveCost, forcedRotationYears: s.forcedRotationYears, minTenureYears: s.minTenureYears },
      s.mode,
    ),
  );

function expectCertifiedSolves(plan: Plan): void {
  expect(plan.solveCount).toBe(plan.solves.length);
  for (const s of plan.solves) {
    expect(s.certificate.holds).toBe(true);
    expect(s.certificate.primalObjective).toBe(s.objective);
    expect(s.certificate.dualBound).toBe(s.objective);
  }
  expect(plan.certified).toBe(true);
}

function expectSeatsRespected(input: PlanInput, plan: Plan): void {
  const dest = new Map(plan.moves.map((m) => [m.employeeId, m.toPositionId]));
  for (const p of input.posts) {
    const before = input.holders.filter((h) => h.positionId === p.position.id).length;
    const after = input.candidates.filter(
      (c) => (dest.get(c.employee.id) ?? c.employee.currentPositionId) === p.position.id,
    ).length;
    expect(after).toBeLessThanOrEqual(Math.max(p.position.seats, before));
  }
}

describe('buildPlan on small random scenarios', () => {
  it('is optimal against brute force, certified, and never over-fills a seat', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const out = buildPlan(input);
        const lambda = input.scenario.objectives.moveCost * 10_000;
        const brute = bruteForcePlan(input, lambda);
        if (brute.best === Number.POSITIVE_INFINITY) {
          expect(out.status).toBe('INFEASIBLE');
          return;
        }
        const plan = expectPlan(out);
        expectCertifiedSolves(plan);
        expect(plan.solves.at(-1)!.objective).toBe(brute.best);
        expect(planCost(input, plan, lambda)).toBe(brute.best);
        expectSeatsRespected(input, plan);
        expect(plan.totals.moves).toBe(plan.moves.filter((m) => m.fromPositionId !== null).length);
        expect(plan.totals.placements).toBe(plan.moves.filter((m) => m.fromPositionId === null).length);
      }),
      { numRuns: 120 },
    );
  });

  it('never exceeds maxMoves; every solve is certified and the final one is optimal for its move cost', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 3 }), (base, maxMoves) => {
        const input = {
          ...base,
          scenario: { ...base.scenario, objectives: { ...base.scenario.objectives, maxMoves } },
        };
        const out = buildPlan(input);
        if (out.status === 'INFEASIBLE') {
          // Only the placements can force moves: then even the highest move cost needs more than the limit,
          // or no arrangement exists at all.
          expect(out.rows.length).toBeGreaterThan(0);
          expect(
            bruteForcePlan(input, 0).best === Number.POSITIVE_INFINITY ||
              out.rows[0]!.reason === 'MOVE_LIMIT',
          ).toBe(true);
          return;
        }
        const plan = expectPlan(out);
        const moved = plan.moves.filter((m) => m.fromPositionId !== null).length;
        expect(moved).toBeLessThanOrEqual(maxMoves);
        expect(plan.totals.moves).toBe(moved);
        expectCertifiedSolves(plan);
        const final = plan.solves.at(-1)!;
        expect(final.moves).toBe(plan.totals.moves);
        expect(final.moveCostUnits).toBe(Math.round(plan.finalMoveCost * 10_000));
        expect(final.rationed).toBe(plan.solveCount > 1);
        expect(final.objective).toBe(bruteForcePlan(input, final.moveCostUnits, final.rationed).best);
        expect(planCost(input, plan, final.moveCostUnits, final.rationed)).toBe(final.objective);
        expectSeatsRespected(input, plan);
        // Every solve before the final one that broke the limit had a lower move cost.
        for (const s of plan.solves)
          if (s.moves > maxMoves) expect(s.moveCostUnits).toBeLessThan(final.moveCostUnits);
      }),
      { numRuns: 80 },
    );
  });
});

describe('certificates of the solves', () => {
  it('re-checks the final solve independently: the plan as an assignment passes the checker', () => {
    const input = planInput(
      [
        { id: 1, holds: 10, family: 'GENERAL_ADMIN' },
        { id: 2, holds: 11, since: '2019-01-01' },
        { id: 3, holds: 12 },
      ],
      [{ id: 10 }, { id: 11, family: 'FINANCE' }, { id: 12, seats: 2, family: 'FINANCE' }],
      { moveCost: 1, maxMoves: 0 },
    );
    const plan = expectPlan(buildPlan(input));
    expect(plan.totals.moves).toBe(0);
    expect(plan.solveCount).toBeGreaterThan(1);
    expectCertifiedSolves(plan);
    // A deliberately broken certificate does not hold: the checker is not a rubber stamp.
    const inst = {
      rows: 1,
      cols: 1,
      rowStart: Int32Array.of(0, 1),
      colIdx: Int32Array.of(0),
      cost: Int32Array.of(5),
    };
    expect(checkAssignmentCertificate(inst, [0], [4], [0], 5).holds).toBe(false);
  });
});
