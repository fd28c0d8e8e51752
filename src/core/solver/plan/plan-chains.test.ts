import { describe, expect, it } from 'vitest';
import { buildPlan } from './build-plan.js';
import { buildChains } from './plan-chains.js';
import { planInput } from './plan-fixtures.js';
import type { Plan, PlanOutcome } from './plan-types.js';

const asPlan = (o: PlanOutcome): Plan => {
  if (o.status !== 'OPTIMAL') throw new Error(`expected a plan, got ${o.status}`);
  return o;
};

describe('vacancy chains in a plan', () => {
  it('follows who fills the seat each mover left, from the vacancy to the end', () => {
    // 12 (FINANCE) is vacant. A (FINANCE career) sits in 10 (GENERAL_ADMIN), B (GENERAL_ADMIN) in
    // 11 (HEALTH), C (HEALTH, no post) is to be placed: A -> 12, B -> 10 (A's seat), C -> 11 (B's seat).
    const input = planInput(
      [
        { id: 1, holds: 10, family: 'FINANCE' },
        { id: 2, holds: 11, family: 'GENERAL_ADMIN' },
        { id: 3, holds: null, family: 'HR' },
      ],
      [
        { id: 10, family: 'GENERAL_ADMIN' },
        { id: 11, family: 'HR' },
        { id: 12, family: 'FINANCE' },
      ],
      { moveCost: 0 },
    );
    const nip = input.candidates[2]!.employee.nip as string;
    const plan = asPlan(
      buildPlan({ ...input, scenario: { ...input.scenario, scope: { mode: 'WHOLE_CITY', nips: [nip] } } }),
    );
    expect(
      plan.moves.map((m) => [m.employeeId, m.fromPositionId, m.toPositionId, m.chainId, m.chainOrder]),
    ).toEqual([
      [1, 10, 12, 1, 1],
      [2, 11, 10, 1, 2],
      [3, null, 11, 1, 3],
    ]);
    expect(plan.chains).toEqual([
      { chainId: 1, kind: 'VACANCY', employeeIds: [1, 2, 3], leftVacantPositionId: null },
    ]);
    expect(plan.moves.map((m) => m.explanation.reasons[0])).toEqual([
      'FILLS_VACANCY',
      'FILLS_VACATED_SEAT',
      'PLACEMENT',
    ]);
    expect(plan.totals.placements).toBe(1);
    expect(plan.totals.moves).toBe(2);
  });

  it('finds a ring when two people swap posts', () => {
    const input = planInput(
      [
        { id: 1, holds: 10, family: 'FINANCE' },
        { id: 2, holds: 11, family: 'GENERAL_ADMIN' },
      ],
      [
        { id: 10, family: 'GENERAL_ADMIN' },
        { id: 11, family: 'FINANCE' },
      ],
      { moveCost: 0 },
    );
    const plan = asPlan(buildPlan(input));
    expect(plan.chains).toEqual([
      { chainId: 1, kind: 'RING', employeeIds: [1, 2], leftVacantPositionId: null },
    ]);
    expect(plan.moves.map((m) => m.explanation.reasons)).toEqual([
      ['FILLS_VACATED_SEAT', 'BETTER_FIT'],
      ['FILLS_VACATED_SEAT', 'BETTER_FIT'],
    ]);
  });
});

describe('buildChains', () => {
  it('pairs arrivals with leavers of a post before its vacant seats, and ends where a seat stays empty', () => {
    const { chains, placement } = buildChains([
      // Post 5 has two seats: 7 leaves it; 3 and 9 arrive (3 takes 7's seat, 9 a vacant one).
      { employeeId: 9, fromPost: 1, toPost: 5 },
      { employeeId: 3, fromPost: 2, toPost: 5 },
      { employeeId: 7, fromPost: 5, toPost: 6 },
      { employeeId: 4, fromPost: 8, toPost: 2 },
    ]);
    expect(chains).toEqual([
      { chainId: 1, kind: 'VACANCY', employeeIds: [7, 3, 4], leftVacantPositionId: 8 },
      { chainId: 2, kind: 'VACANCY', employeeIds: [9], leftVacantPositionId: 1 },
    ]);
    expect(placement.get(4)).toEqual({ chainId: 1, chainOrder: 3 });
    expect(placement.get(9)).toEqual({ chainId: 2, chainOrder: 1 });
  });

  it('numbers rings after following every vacancy chain, each started at its smallest id', () => {
    const { chains } = buildChains([
      { employeeId: 5, fromPost: 1, toPost: 2 },
      { employeeId: 2, fromPost: 2, toPost: 3 },
      { employeeId: 8, fromPost: 3, toPost: 1 },
      { employeeId: 9, fromPost: null, toPost: 4 },
    ]);
    expect(chains).toEqual([
      { chainId: 1, kind: 'RING', employeeIds: [2, 5, 8], leftVacantPositionId: null },
      { chainId: 2, kind: 'VACANCY', employeeIds: [9], leftVacantPositionId: null },
    ]);
  });

  it('returns no chain for no movers', () => {
    expect(buildChains([]).chains).toEqual([]);
  });
});
