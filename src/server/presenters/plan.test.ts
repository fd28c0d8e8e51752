import { describe, expect, it } from 'vitest';
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
