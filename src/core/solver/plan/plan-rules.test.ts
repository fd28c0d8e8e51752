import { describe, expect, it } from 'vitest';
import { buildPlan } from './build-plan.js';
import { planInput } from './plan-fixtures.js';
import { seatChangesOf } from './plan-totals.js';
import type { Plan, PlanInput, PlanOutcome } from './plan-types.js';

const asPlan = (o: PlanOutcome): Plan => {
  if (o.status !== 'OPTIMAL') throw new Error(`expected a plan, got ${o.status}`);
  return o;
};
const destination = (plan: Plan, employeeId: number) =>
  plan.moves.find((m) => m.employeeId === employeeId)?.toPositionId ?? null;
const withScope = (input: PlanInput, scope: PlanInput['scenario']['scope']): PlanInput => ({
  ...input,
  scenario: { ...input.scenario, scope },
});

// Person 1 (a FINANCE career) holds post 10; post 11 is vacant. A FINANCE post fits them better
// (related experience), a GENERAL_ADMIN post worse.
describe('forced rotation (5+ years in post)', () => {
  const people = (since: string) => [{ id: 1, holds: 10, since, family: 'FINANCE' as const }];
  const posts = [
    { id: 10, family: 'FINANCE' as const },
    { id: 11, family: 'GENERAL_ADMIN' as const },
  ];

  it('moves a person 5+ years in post even to a lower fit, with the reason FORCED_ROTATION', () => {
    const plan = asPlan(
      buildPlan(planInput(people('2019-01-01'), posts, { moveCost: 10, rotationPenalty: 100 })),
    );
    expect(destination(plan, 1)).toBe(11);
    const move = plan.moves[0]!;
    expect(move.explanation.reasons).toContain('FORCED_ROTATION');
    expect(move.explanation.reasons).toContain('MAKES_ROOM');
    expect(move.fitAfter).toBeLessThan(move.fitBefore!);
    expect(move.tenureMonths).toBe(94);
    expect(plan.totals.rotationOverdueKept).toBe(0);
  });

  it('weighs the rotation by the scenario: rotates only when the fit lost is under the penalty less the move cost', () => {
    const strict = asPlan(
      buildPlan(planInput(people('2019-01-01'), posts, { moveCost: 0, rotationPenalty: 100 })),
    );
    const move = strict.moves[0]!;
    const lost = move.fitBefore! - move.fitAfter;
    expect(lost).toBeGreaterThan(0);
    const above = asPlan(
      buildPlan(planInput(people('2019-01-01'), posts, { moveCost: 0, rotationPenalty: lost + 0.5 })),
    );
    expect(destination(above, 1)).toBe(11);
    const below = asPlan(
      buildPlan(planInput(people('2019-01-01'), posts, { moveCost: 0, rotationPenalty: lost - 0.5 })),
    );
    expect(below.moves).toEqual([]);
    expect(below.totals.rotationOverdueKept).toBe(1);
  });

  it('keeps them when the rotation is switched off, when under 5 years, and in a vacancy round', () => {
    const off = asPlan(
      buildPlan(planInput(people('2019-01-01'), posts, { moveCost: 10, forcedRotationYears: null })),
    );
    expect(off.moves).toEqual([]);
    const young = asPlan(buildPlan(planInput(people('2022-01-03'), posts, { moveCost: 10 })));
    expect(young.moves).toEqual([]);
    const round = planInput(people('2019-01-01'), posts, { moveCost: 10 });
    const vacancies = asPlan(buildPlan(withScope(round, { mode: 'VACANCIES' })));
    expect(vacancies.moves).toEqual([]);
  });

  it('counts the overdue people it cannot move (no open seat)', () => {
    const plan = asPlan(buildPlan(planInput(people('2019-01-01'), [{ id: 10 }])));
    expect(plan.moves).toEqual([]);
    expect(plan.totals.rotationOverdueKept).toBe(1);
  });
});

describe('minimum tenure (no move under N years)', () => {
  // 29 months in post on 2026-11-01: the eligibility rule (24 months) lets them go, the scenario decides.
  const people = [{ id: 1, holds: 10, since: '2024-06-01', family: 'FINANCE' as const }];
  const posts = [
    { id: 10, family: 'GENERAL_ADMIN' as const },
    { id: 11, family: 'FINANCE' as const },
  ];

  it('moves to a better fit after the minimum and keeps the person before it', () => {
    const free = asPlan(buildPlan(planInput(people, posts, { moveCost: 0, minTenureYears: 2 })));
    expect(destination(free, 1)).toBe(11);
    expect(free.moves[0]!.explanation.reasons).toEqual(['FILLS_VACANCY', 'BETTER_FIT']);
    const held = asPlan(buildPlan(planInput(people, posts, { moveCost: 0, minTenureYears: 3 })));
    expect(held.moves).toEqual([]);
  });
});

describe('strategic positions from the talent pool only', () => {
  const posts = [
    { id: 10, family: 'GENERAL_ADMIN' as const },
    { id: 11, family: 'FINANCE' as const, isStrategic: true },
  ];
  const person = (talentBox: 5 | 8) => [{ id: 1, holds: 10, family: 'FINANCE' as const, talentBox }];

  it('lets only talent-pool people move into a strategic post, unless the policy is off', () => {
    expect(asPlan(buildPlan(planInput(person(5), posts, { moveCost: 0 }))).moves).toEqual([]);
    expect(destination(asPlan(buildPlan(planInput(person(8), posts, { moveCost: 0 }))), 1)).toBe(11);
    const off = planInput(person(5), posts, { moveCost: 0, strategicFromTalentPoolOnly: false });
    expect(destination(asPlan(buildPlan(off)), 1)).toBe(11);
    const pool = planInput(person(5), posts, { moveCost: 0, talentPoolBoxes: [5] });
    expect(destination(asPlan(buildPlan(pool)), 1)).toBe(11);
  });
});

describe('scope', () => {
  // Post 10 in unit 2, posts 20 and 21 in unit 3 (21 vacant and a better fit for everyone in FINANCE).
  const posts = [
    { id: 10, family: 'GENERAL_ADMIN' as const, unitId: 2 },
    { id: 20, family: 'GENERAL_ADMIN' as const, unitId: 3 },
    { id: 21, family: 'FINANCE' as const, unitId: 3 },
  ];
  const people = [
    { id: 1, holds: 10, family: 'FINANCE' as const },
    { id: 2, holds: 20, family: 'FINANCE' as const, index: 60 },
  ];

  it('re-arranges only the holders of the units in scope; holders outside keep their seats', () => {
    const input = planInput(people, posts, { moveCost: 0 }, { mode: 'WHOLE_CITY', unitIds: [3] });
    const plan = asPlan(buildPlan(input));
    expect(plan.totals.rows).toBe(1);
    expect(destination(plan, 2)).toBe(21);
    expect(destination(plan, 1)).toBeNull();
    expect(plan.problem.cols).toBe(2);
  });

  it('in a vacancy round, the named people compete for the vacant seats in scope', () => {
    const input = planInput(people, posts, { moveCost: 0 });
    const nips = [input.candidates[0]!.employee.nip as string];
    const plan = asPlan(buildPlan(withScope(input, { mode: 'VACANCIES', nips })));
    expect(plan.totals.rows).toBe(1);
    expect(destination(plan, 1)).toBe(21);
    // Post 20 is held by someone who is not a row and has no vacancy: it is not a target.
    expect(plan.problem.cols).toBe(2);
    expect(plan.unfilledSeats).toEqual([
      { positionId: 10, unitId: 2, seats: 1, unfilled: 1, unfilledBefore: 0, target: false },
      { positionId: 21, unitId: 3, seats: 1, unfilled: 0, unfilledBefore: 1, target: true },
    ]);
  });

  it('in a vacancy round, counts the vacancies it fills, not the seat the chain leaves behind', () => {
    const input = planInput(people, posts, { moveCost: 0 });
    const nips = [input.candidates[0]!.employee.nip as string];
    const plan = asPlan(buildPlan(withScope(input, { mode: 'VACANCIES', nips })));
    // One vacancy (post 21) before; the round fills it; post 10, which the mover left, is not a
    // vacancy of this round but is reported as a seat the plan leaves empty.
    expect(plan.totals).toMatchObject({
      unfilledSeatsBefore: 1,
      unfilledSeatsAfter: 0,
      vacanciesFilled: 1,
      seatsVacated: 1,
    });
    // Plans stored without the two counts get them from their per-post rows, with the same result.
    expect(seatChangesOf(plan.unfilledSeats)).toEqual({ vacanciesFilled: 1, seatsVacated: 1 });
  });

  it('in a whole-city re-arrangement, counts every post in scope before and after', () => {
    // Someone leaves their post for the vacant post 21: the city still has one empty seat.
    const plan = asPlan(buildPlan(planInput(people, posts, { moveCost: 0 })));
    expect(plan.moves.map((m) => m.toPositionId)).toEqual([21]);
    expect(plan.totals).toMatchObject({
      unfilledSeatsBefore: 1,
      unfilledSeatsAfter: 1,
      vacanciesFilled: 1,
      seatsVacated: 1,
    });
  });
});
