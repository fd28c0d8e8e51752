import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../core/solver/plan/build-plan.js';
import { expectPlan, planInput } from '../../core/solver/plan/plan-fixtures.js';
import type { Plan } from '../../core/solver/plan/plan-types.js';
import type { PlanWithRun } from '../../services/planning/get-plan.js';
import type { PlanRunState } from '../../store/repositories/planning-runs.js';
import { presentPlan } from './plan.js';

const found = (state: PlanRunState): PlanWithRun => ({
  run: {
    id: 4,
    instansiId: 1,
    scenarioId: 2,
    scenarioVersion: 1,
    runNo: 1,
    asOf: '2027-01-04',
    state,
    progress: { phase: null, done: 0, total: 0 },
    cancelRequested: false,
    requestedAt: '2026-11-28T03:00:00.000Z',
    requestedByUserId: null,
    startedAt: null,
    finishedAt: null,
    totals: null,
    certified: null,
    error: null,
  },
  scenarioName: 'Uji',
  outcome: null,
  labels: { positions: new Map(), units: new Map() } as PlanWithRun['labels'],
});

describe('presentPlan actions', () => {
  it('offers a proposal from a succeeded plan to a caller who may create proposals', () => {
    expect(presentPlan(found('SUCCEEDED'), ['plan.view', 'plan.run'], true).actions).toEqual([
      'plan.view',
      'plan.run',
      'proposal.write',
    ]);
  });

  it('offers none to a caller who may not, or for a plan that has not succeeded', () => {
    expect(presentPlan(found('SUCCEEDED'), ['plan.view']).actions).toEqual(['plan.view']);
    for (const state of ['QUEUED', 'RUNNING', 'FAILED', 'INFEASIBLE', 'CANCELLED'] as const) {
      expect(presentPlan(found(state), ['plan.view'], true).actions).toEqual(['plan.view']);
    }
  });
});

describe('presentPlan optimality', () => {
  // Two people who each prefer the other's post, at most one move: the plan keeps both in place.
  const swap = () =>
    expectPlan(
      buildPlan(
        planInput(
          [
            { id: 1, holds: 10, prefers: [11] },
            { id: 2, holds: 11, prefers: [10] },
          ],
          [{ id: 10 }, { id: 11 }],
          { moveCost: 1, maxMoves: 1, forcedRotationYears: null },
        ),
      ),
    );
  const present = (plan: Plan) => presentPlan({ ...found('SUCCEEDED'), outcome: plan }, ['plan.view']).plan!;

  it('calls a plan whose limit binds with slack not proven optimal, with its gap, though its certificate holds', () => {
    const dto = present(swap());
    expect(dto.certified).toBe(true);
    expect(dto.provenOptimal).toBe(false);
    expect(dto.optimality).toMatchObject({ status: 'BOUNDED', maxMoves: 1, moves: 0 });
    if (dto.optimality.status !== 'BOUNDED') return;
    expect(dto.optimality.gap).toBeGreaterThan(0);
    expect(dto.optimality.gap).toBeCloseTo(dto.optimality.bound - dto.optimality.value, 4);
    expect(dto.boundSolves.every((s) => !s.rationed)).toBe(true);
  });

  it('does not call a plan stored before the optimality was kept proven optimal on its old flag', () => {
    const { optimality: _o, certified: _c, boundSolves: _b, ...rest } = swap();
    // Such a plan said provenOptimal: true whenever its final certificate held.
    const dto = present({ ...rest, provenOptimal: true });
    expect(dto.certified).toBe(true);
    expect(dto.provenOptimal).toBe(false);
    expect(dto.optimality.status).toBe('BOUNDED');
    expect(dto.boundSolves).toEqual([]);
    expect(dto.nominations).toEqual([]);
  });
});
