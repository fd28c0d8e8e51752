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
  requestedByName: null,
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

describe('presentPlan for the plan page', () => {
  it('names the posts an unplaced person may take, not only their ids', () => {
    // Two people without a post, one seat: both rows are reported, each allowed post 10.
    const input = planInput(
      [
        { id: 1, holds: null },
        { id: 2, holds: null },
      ],
      [{ id: 10 }],
    );
    // Named, the people without a post are rows to place.
    const nips = input.candidates.map((c) => c.employee.nip as string);
    const outcome = buildPlan({
      ...input,
      scenario: { ...input.scenario, scope: { mode: 'WHOLE_CITY', nips } },
    });
    if (outcome.status !== 'INFEASIBLE') throw new Error(outcome.status);
    expect(outcome.rows.flatMap((r) => r.allowedPositionIds)).toContain(10);
    const labels: PlanWithRun['labels'] = {
      positions: new Map([[10, { name: 'Pengadministrasi Umum', unitId: 2 }]]),
      units: new Map([[2, 'Bagian Umum']]),
    };
    const dto = presentPlan({ ...found('INFEASIBLE'), outcome, labels }, ['plan.view']);
    const allowed = dto.infeasible!.rows.flatMap((r) => r.allowedPositions);
    expect(allowed.length).toBe(outcome.rows.flatMap((r) => r.allowedPositionIds).length);
    for (const place of allowed)
      expect(place).toEqual({
        positionId: 10,
        positionName: 'Pengadministrasi Umum',
        unitId: 2,
        unitName: 'Bagian Umum',
      });
  });

  it('leaves the explanations out on request, keeping each move its reasons', () => {
    const plan = expectPlan(
      buildPlan(
        planInput([{ id: 1, holds: 10, family: 'FINANCE' }], [{ id: 10 }, { id: 11, family: 'FINANCE' }]),
      ),
    );
    expect(plan.moves.length).toBeGreaterThan(0);
    const brief = presentPlan({ ...found('SUCCEEDED'), outcome: plan }, ['plan.view'], false, false).plan!;
    const full = presentPlan({ ...found('SUCCEEDED'), outcome: plan }, ['plan.view']).plan!;
    expect(brief.moves.map((m) => m.explanation)).toEqual(plan.moves.map(() => undefined));
    expect(brief.moves.map((m) => m.reasons)).toEqual(plan.moves.map((m) => m.explanation.reasons));
    expect(full.moves.map((m) => m.explanation?.message)).toEqual(
      plan.moves.map((m) => m.explanation.message),
    );
  });
});
