import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { buildPlan } from './build-plan.js';
import { comparePlans } from './compare-plans.js';
import { type PersonSpec, type PostSpec, planInput } from './plan-fixtures.js';
import type { Plan, PlanInput, PlanObjectives, PlanOutcome, PlanProgress } from './plan-types.js';

const asPlan = (o: PlanOutcome): Plan => {
  if (o.status !== 'OPTIMAL') throw new Error(`expected a plan, got ${o.status}`);
  return o;
};

/** Names everyone without a post, so they are rows to place. */
function placing(
  people: PersonSpec[],
  posts: PostSpec[],
  objectives: Partial<PlanObjectives> = {},
): PlanInput {
  const input = planInput(people, posts, objectives);
  const nips = input.candidates
    .filter((c) => c.employee.currentPositionId === null)
    .map((c) => c.employee.nip as string);
  return { ...input, scenario: { ...input.scenario, scope: { mode: 'WHOLE_CITY', nips } } };
}

const nipOf = (input: PlanInput, id: number) =>
  input.candidates.find((c) => c.employee.id === id)!.employee.nip;

describe('infeasible scenarios name the rows that cannot be placed', () => {
  it('more people to place than seats', () => {
    const input = placing(
      [
        { id: 1, holds: null },
        { id: 2, holds: null },
      ],
      [{ id: 10 }],
    );
    const out = buildPlan(input);
    if (out.status !== 'INFEASIBLE') throw new Error(out.status);
    expect(out.rows.map((r) => [r.nip, r.reason])).toEqual([
      [nipOf(input, 1), 'SEATS_SHORT'],
      [nipOf(input, 2), 'SEATS_SHORT'],
    ]);
    expect(out.message.en).toContain('fewer than the employees to place');
  });

  it('a person without a post allowed in no seat', () => {
    // The only vacancy is strategic and the person is not in the talent pool.
    const input = placing([{ id: 1, holds: null, talentBox: 5 }], [{ id: 10, isStrategic: true }]);
    const out = buildPlan(input);
    if (out.status !== 'INFEASIBLE') throw new Error(out.status);
    expect(out.rows).toEqual([
      { employeeId: 1, nip: nipOf(input, 1), reason: 'NO_ALLOWED_SEAT', allowedPositionIds: [] },
    ]);
  });

  it('a group whose allowed seats are fewer than its members (Hall violator from the solver)', () => {
    // Seats 10, 11 (strategic), 12. H holds 10; P and Q (box 5) may take 10 or 12, and so may H: three for two.
    const input = placing(
      [
        { id: 1, holds: 10, talentBox: 5 },
        { id: 2, holds: null, talentBox: 5 },
        { id: 3, holds: null, talentBox: 5 },
      ],
      [{ id: 10 }, { id: 11, isStrategic: true }, { id: 12 }],
    );
    const out = buildPlan(input);
    if (out.status !== 'INFEASIBLE') throw new Error(out.status);
    expect(out.rows.map((r) => r.employeeId).sort()).toEqual([1, 2, 3]);
    expect(out.rows.every((r) => r.reason === 'SEATS_SHORT')).toBe(true);
    expect(out.rows[0]!.allowedPositionIds).toEqual([10, 12]);
    expect(out.message.en).toContain('3 employee(s) compete for 2 allowed seat(s)');
  });

  it('a move limit that placing the people without a post cannot keep', () => {
    // P can only take 10, which H holds; H can go to 11 (strategic, H is in the pool). maxMoves 0 is impossible.
    const input = placing(
      [
        { id: 1, holds: 10, talentBox: 8 },
        { id: 2, holds: null, talentBox: 5 },
      ],
      [{ id: 10 }, { id: 11, isStrategic: true }],
      { maxMoves: 0 },
    );
    const out = buildPlan(input);
    if (out.status !== 'INFEASIBLE') throw new Error(out.status);
    expect(out.rows).toEqual([
      { employeeId: 1, nip: nipOf(input, 1), reason: 'MOVE_LIMIT', allowedPositionIds: [10, 11] },
    ]);
    const relaxed = asPlan(
      buildPlan({
        ...input,
        scenario: { ...input.scenario, objectives: { ...input.scenario.objectives, maxMoves: 1 } },
      }),
    );
    expect(relaxed.totals.moves).toBe(1);
    expect(relaxed.totals.placements).toBe(1);
  });
});

describe('degenerate scopes', () => {
  it('an empty scope is an empty, proven plan', () => {
    const input = planInput(
      [{ id: 1, holds: 10 }],
      [{ id: 10 }],
      {},
      { mode: 'WHOLE_CITY', positionIds: [999] },
    );
    const plan = asPlan(buildPlan(input));
    expect(plan.moves).toEqual([]);
    expect(plan.problem).toEqual({ rows: 0, cols: 0, pairs: 0 });
    expect(plan.provenOptimal).toBe(true);
    expect(plan.totals.rows).toBe(0);
  });
});

describe('progress and cancellation', () => {
  const input = planInput(
    [
      { id: 1, holds: 10, family: 'FINANCE' },
      { id: 2, holds: 11, family: 'GENERAL_ADMIN' },
    ],
    [{ id: 10, family: 'GENERAL_ADMIN' }, { id: 11, family: 'FINANCE' }, { id: 12 }],
    { moveCost: 0, maxMoves: 1 },
  );

  it('reports every phase in order, never done > total, and ends each phase complete', () => {
    const events: PlanProgress[] = [];
    const plan = asPlan(buildPlan(input, { onProgress: (p) => events.push(p) }));
    const phases = [...new Set(events.map((e) => e.phase))];
    // The limit of one move binds (both would move at no cost): the bound solves report PROVING.
    expect(plan.boundSolves!.length).toBeGreaterThan(0);
    expect(phases).toEqual(['SCOPING', 'SCORING', 'SOLVING', 'PROVING', 'EXPLAINING']);
    expect(events.filter((e) => e.phase === 'PROVING').at(-1)!.done).toBe(plan.boundSolves!.length);
    const unlimited = {
      ...input,
      scenario: { ...input.scenario, objectives: { ...input.scenario.objectives, maxMoves: null } },
    };
    const free: PlanProgress[] = [];
    asPlan(buildPlan(unlimited, { onProgress: (p) => free.push(p) }));
    expect([...new Set(free.map((e) => e.phase))]).toEqual(['SCOPING', 'SCORING', 'SOLVING', 'EXPLAINING']);
    for (const e of events) expect(e.done).toBeLessThanOrEqual(e.total);
    for (const phase of phases) {
      const last = events.filter((e) => e.phase === phase).at(-1)!;
      expect(last.done).toBe(last.total);
    }
  });

  it('returns CANCELLED in the phase where shouldCancel first answers true', () => {
    expect(buildPlan(input, { shouldCancel: () => true })).toEqual({ status: 'CANCELLED', phase: 'SCOPING' });
    let phase = '';
    const out = buildPlan(input, {
      onProgress: (p) => {
        phase = p.phase;
      },
      shouldCancel: () => phase === 'SOLVING',
    });
    expect(out).toEqual({ status: 'CANCELLED', phase: 'SOLVING' });
  });

  it('times the solves with the clock hook (the core reads no clock itself)', () => {
    let t = 0;
    const plan = asPlan(buildPlan(input, { clock: () => (t += 250) }));
    // Per solve the clock is read at its start and end, and around each pass over all pairs.
    for (const s of plan.solves) {
      expect(s.pricingSeconds).toBe(0.25 * s.pricingRounds!);
      expect(s.seconds).toBe(0.25 * (2 * s.pricingRounds! + 1));
    }
    expect(asPlan(buildPlan(input)).solves[0]!.seconds).toBe(0);
  });
});

describe('scenario validation', () => {
  const input = planInput([{ id: 1, holds: 10 }], [{ id: 10 }]);
  const withObjectives = (o: Partial<PlanObjectives>): PlanInput => ({
    ...input,
    scenario: { ...input.scenario, objectives: { ...input.scenario.objectives, ...o } },
  });
  const errorOf = (i: PlanInput): DomainError => {
    try {
      buildPlan(i);
    } catch (e) {
      if (e instanceof DomainError) return e;
      throw e;
    }
    throw new Error('expected a DomainError');
  };

  it.each([
    [{ maxMoves: -1 }, 'scenario.objectives.maxMoves', 'PLAN_MAX_MOVES'],
    [{ maxMoves: 1.5 }, 'scenario.objectives.maxMoves', 'PLAN_MAX_MOVES'],
    [{ moveCost: -1 }, 'scenario.objectives.moveCost', 'PLAN_MOVE_COST'],
    [{ forcedRotationYears: -2 }, 'scenario.objectives.forcedRotationYears', 'PLAN_YEARS'],
    [{ minTenureYears: Number.NaN }, 'scenario.objectives.minTenureYears', 'PLAN_YEARS'],
    [{ talentPoolBoxes: [10 as 9] }, 'scenario.objectives.talentPoolBoxes', 'PLAN_TALENT_BOX'],
    [{ candidatesPerEmployee: 0 }, 'scenario.objectives.candidatesPerEmployee', 'PLAN_CANDIDATES'],
  ] as const)('refuses %j naming %s', (o, field, rule) => {
    const e = errorOf(withObjectives(o));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details).toMatchObject({ field, rule });
    expect(e.messages.id).not.toBe(e.messages.en);
  });

  it('refuses an unknown policy version and an unknown NIP', () => {
    const policy = errorOf({ ...input, scenario: { ...input.scenario, policyVersion: 'v0' } });
    expect(policy.details).toMatchObject({ field: 'scenario.policyVersion', rule: 'PLAN_POLICY_VERSION' });
    const nip = errorOf({
      ...input,
      scenario: { ...input.scenario, scope: { mode: 'VACANCIES', nips: ['1'] } },
    });
    expect(nip.code).toBe('NOT_FOUND');
    expect(nip.details).toMatchObject({ field: 'scenario.scope.nips', rule: 'PLAN_NIP_UNKNOWN' });
  });
});

describe('plans are plain data and compare side by side', () => {
  const people: PersonSpec[] = [
    { id: 1, holds: 10, family: 'FINANCE' },
    { id: 2, holds: 11, family: 'GENERAL_ADMIN' },
    { id: 3, holds: 12, family: 'FINANCE', since: '2019-01-01' },
  ];
  const posts: PostSpec[] = [
    { id: 10, family: 'GENERAL_ADMIN' },
    { id: 11, family: 'FINANCE' },
    { id: 12, family: 'HR' },
    { id: 13, family: 'FINANCE' },
  ];

  it('survives structuredClone and a JSON round trip unchanged', () => {
    const plan = asPlan(buildPlan(planInput(people, posts, { moveCost: 0 })));
    expect(structuredClone(plan)).toEqual(plan);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('lists the moves only one plan makes, changed destinations, and both totals', () => {
    const a = asPlan(buildPlan(planInput(people, posts, { moveCost: 0 })));
    const b = asPlan(buildPlan(planInput(people, posts, { moveCost: 0, maxMoves: 1 })));
    expect(a.totals.moves).toBeGreaterThan(1);
    expect(b.totals.moves).toBe(1);
    const c = comparePlans(a, b);
    const idsA = new Set(a.moves.map((m) => m.employeeId));
    const idsB = new Set(b.moves.map((m) => m.employeeId));
    expect(c.onlyInA.map((m) => m.employeeId)).toEqual([...idsA].filter((id) => !idsB.has(id)));
    expect(c.onlyInB.map((m) => m.employeeId)).toEqual([...idsB].filter((id) => !idsA.has(id)));
    expect(c.sameMoves + c.changedDestination.length + c.onlyInA.length).toBe(a.moves.length);
    expect(c.totals).toEqual({ a: a.totals, b: b.totals });
    const self = comparePlans(a, a);
    expect(self).toMatchObject({
      onlyInA: [],
      onlyInB: [],
      changedDestination: [],
      sameMoves: a.moves.length,
    });
  });

  it('reports a changed destination when both plans move the same person elsewhere', () => {
    const a = asPlan(buildPlan(planInput(people, posts, { moveCost: 0 })));
    const moved = a.moves[0]!;
    const b: Plan = { ...a, moves: [{ ...moved, toPositionId: 999 }, ...a.moves.slice(1)] };
    expect(comparePlans(a, b).changedDestination).toEqual([
      { employeeId: moved.employeeId, nip: moved.nip, toPositionIdA: moved.toPositionId, toPositionIdB: 999 },
    ]);
  });
});
