import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_POLICY } from '../../matching/policy.js';
import { buildPlan } from './build-plan.js';
import { expectPlan, planInput } from './plan-fixtures.js';
import { fitWeightsOf, PLAN_SUMMARY_VERSION, planSummaryOf } from './plan-public-summary.js';
import { readPlanSummary, summaryIsOutdated } from './read-plan-summary.js';

/** Three people, one of them overdue for rotation, over three posts with a vacant seat. */
function samplePlan(objectives = {}, scope?: Parameters<typeof planInput>[3]) {
  const input = planInput(
    [
      { id: 1, holds: 10, family: 'GENERAL_ADMIN' },
      { id: 2, holds: 11, since: '2019-01-01' },
      { id: 3, holds: 12 },
    ],
    [{ id: 10 }, { id: 11, family: 'FINANCE' }, { id: 12, seats: 2, family: 'FINANCE' }],
    objectives,
    scope,
  );
  return { input, plan: expectPlan(buildPlan(input)) };
}

describe('fitWeightsOf', () => {
  it('groups the default policy as DOMAIN.md and the policy describe it: competency 35, education 25 + 10, performance 15', () => {
    const groups = fitWeightsOf(DEFAULT_MATCHING_POLICY);
    expect(groups.map((g) => [g.group, g.percent])).toEqual([
      ['COMPETENCY', 35],
      ['EDUCATION_RELEVANCE', 25],
      ['EDUCATION_LEVEL', 10],
      ['PERFORMANCE', 15],
      ['EXPERIENCE', 5],
      ['TALENT', 5],
      ['PREFERENCE', 5],
    ]);
    expect(groups[0]!.components).toEqual([
      { component: 'COMPETENCY_TECHNICAL', percent: 20 },
      { component: 'COMPETENCY_MANAGERIAL', percent: 12 },
      { component: 'COMPETENCY_SOCIO_CULTURAL', percent: 3 },
    ]);
  });

  it('normalises by the sum and leaves out parts weighted 0', () => {
    const weights = { ...DEFAULT_MATCHING_POLICY.weights };
    for (const k of Object.keys(weights) as (keyof typeof weights)[]) weights[k] = 0;
    const groups = fitWeightsOf({ weights: { ...weights, EXPERIENCE: 1, PREFERENCE: 3 } });
    expect(groups).toEqual([
      { group: 'EXPERIENCE', percent: 25, components: [{ component: 'EXPERIENCE', percent: 25 }] },
      { group: 'PREFERENCE', percent: 75, components: [{ component: 'PREFERENCE', percent: 75 }] },
    ]);
    expect(fitWeightsOf({ weights })).toEqual([]);
  });
});

describe('planSummaryOf', () => {
  it('states the scenario, its scope and objectives, the fit model and what is proven, without a person', () => {
    const { input, plan } = samplePlan(
      { moveCost: 3, maxMoves: 150 },
      { mode: 'WHOLE_CITY', unitIds: [2, 3] },
    );
    const s = planSummaryOf(plan);
    expect(s).toMatchObject({
      summaryVersion: PLAN_SUMMARY_VERSION,
      scenario: input.scenario.name,
      scope: { mode: 'WHOLE_CITY', unitCount: 2, positionCount: 0, addedPeople: 0 },
      asOf: input.asOf,
      policyVersion: DEFAULT_MATCHING_POLICY.version,
      objectives: { moveCost: 3, maxMoves: 150, forcedRotationYears: 5, minTenureYears: 2 },
      optimality: plan.optimality,
      moveCount: plan.moves.length,
    });
    expect(s.fitWeights).toEqual(fitWeightsOf(DEFAULT_MATCHING_POLICY));
    const json = JSON.stringify(s);
    for (const c of input.candidates) {
      expect(json).not.toContain(c.employee.nip);
      expect(json).not.toContain(c.employee.name);
    }
  });

  it('says nothing about the fit model of a policy version it does not know', () => {
    const { plan } = samplePlan();
    expect(planSummaryOf({ ...plan, policyVersion: 'elsewhere-2031' }).fitWeights).toBeNull();
  });

  it('has no rotation penalty when forced rotation is off, and counts positions instead of units when named', () => {
    const { plan } = samplePlan(
      { forcedRotationYears: null },
      { mode: 'VACANCIES', unitIds: [2], positionIds: [10, 12], nips: ['198504122010031001'] },
    );
    const s = planSummaryOf(plan);
    expect(s.objectives?.rotationPenalty).toBeNull();
    expect(s.scope).toEqual({ mode: 'VACANCIES', unitCount: 0, positionCount: 2, addedPeople: 1 });
  });
});

describe('readPlanSummary', () => {
  it('reads the current shape back as written, through JSON', () => {
    const { plan } = samplePlan({ maxMoves: 1 });
    const s = planSummaryOf(plan);
    expect(readPlanSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(summaryIsOutdated(s)).toBe(false);
  });

  it('reads a version-1 summary (criteria by code, objectives under weights) of a proposal', () => {
    // As propose-from-plan.ts stored it before 2026-12.
    const v1 = {
      criteria: [
        { code: 'scenario', value: 'Penataan 2027', label: 'scenario: Penataan 2027' },
        { code: 'scope', value: 'WHOLE_CITY', label: 'scope: WHOLE_CITY' },
        { code: 'policyVersion', value: 'penata-match-2026.2', label: 'policyVersion: penata-match-2026.2' },
        { code: 'ruleTableVersion', value: 'r-2026.1', label: 'ruleTableVersion: r-2026.1' },
        { code: 'asOf', value: '2026-11-28', label: 'asOf: 2026-11-28' },
      ],
      weights: {
        moveCost: 5,
        maxMoves: 150,
        forcedRotationYears: 5,
        rotationPenalty: 10,
        minTenureYears: 2,
        strategicFromTalentPoolOnly: true,
        talentPoolBoxes: [7, 8, 9],
        candidatesPerEmployee: 50,
      },
      certificate: { status: 'OPTIMAL', provenOptimal: true, objective: -1856980626, dualBound: -1856980626 },
      objective: -1856980626,
      moveCount: 150,
    };
    expect(summaryIsOutdated(v1)).toBe(true);
    expect(readPlanSummary(v1)).toEqual({
      summaryVersion: 1,
      scenario: 'Penataan 2027',
      scope: { mode: 'WHOLE_CITY', unitCount: 0, positionCount: 0, addedPeople: 0 },
      asOf: '2026-11-28',
      policyVersion: 'penata-match-2026.2',
      ruleTableVersion: 'r-2026.1',
      fitWeights: fitWeightsOf(DEFAULT_MATCHING_POLICY),
      objectives: {
        moveCost: 5,
        maxMoves: 150,
        forcedRotationYears: 5,
        rotationPenalty: 10,
        minTenureYears: 2,
        strategicFromTalentPoolOnly: true,
        talentPoolBoxes: [7, 8, 9],
        allowOverqualifiedMoves: false,
      },
      // A version-1 certificate said OPTIMAL when the final solve's check held, limit or not.
      optimality: null,
      certificateHeld: true,
      moveCount: 150,
    });
  });

  it('keeps only the public fields and makes malformed ones null, whatever a client stored', () => {
    const read = readPlanSummary({
      summaryVersion: 2,
      scenario: 42,
      scope: { mode: 'EVERYWHERE' },
      moves: [{ nip: '198504122010031001', name: 'Rina Sitompul' }],
      optimality: { status: 'BOUNDED', gap: 'small' },
      objectives: { moveCost: 'five' },
      fitWeights: [{ group: 'SHOE_SIZE', percent: 90 }],
    });
    expect(read).toMatchObject({
      scenario: null,
      scope: null,
      optimality: null,
      objectives: null,
      fitWeights: [],
    });
    expect(JSON.stringify(read)).not.toContain('Rina');
    expect(readPlanSummary({ certificate: { status: 'OPTIMAL' } })?.certificateHeld).toBe(true);
    expect(readPlanSummary(null)).toBeNull();
    expect(readPlanSummary('OPTIMAL')).toBeNull();
  });
});
