import { describe, expect, it } from 'vitest';
import { explainFit, SCORE_SCALE } from '../../matching/index.js';
import { d } from '../../matching/testing/factories.js';
import type { PositionGrade } from '../../model/position.js';
import { buildPlan } from './build-plan.js';
import { expectPlan, type PersonSpec, planInput } from './plan-fixtures.js';
import { JPT_NOMINEES } from './plan-jpt.js';
import type { PlanInput, PlanScope } from './plan-types.js';

const KADIS: PositionGrade = { kind: 'JPT_PRATAMA', eselon: 'II.b' };
const KABID: PositionGrade = { kind: 'ADMINISTRATOR', eselon: 'III.b' };

// Administrators (IV/b, 15+ years in general administration) in finance posts 10-14 and 16; the
// one in 16 (person 7) is 57, past the JPT pratama age limit (56); a Kepala Dinas (6) in JPT post
// 51; JPT post 50 (general administration) and administrator post 15 vacant. Performance indexes
// spread the fits.
const admin = (id: number, index: number, more: Partial<PersonSpec> = {}): PersonSpec => ({
  id,
  holds: 9 + id,
  family: 'GENERAL_ADMIN',
  grade: KABID,
  golongan: 42,
  index,
  ...more,
});
const people: PersonSpec[] = [
  admin(1, 70),
  admin(2, 92),
  admin(3, 60),
  admin(4, 85),
  admin(5, 65),
  { id: 6, holds: 51, family: 'GENERAL_ADMIN', grade: KADIS, golongan: 43, since: '2019-01-02', index: 80 },
  admin(7, 99, { holds: 16 }),
];
const posts = [
  ...[10, 11, 12, 13, 14, 15, 16].map((id) => ({ id, grade: KABID, family: 'FINANCE' as const })),
  { id: 50, grade: KADIS, family: 'GENERAL_ADMIN' as const },
  { id: 51, grade: KADIS, family: 'GENERAL_ADMIN' as const },
];

function input(scope: PlanScope = { mode: 'WHOLE_CITY' }): PlanInput {
  const base = planInput(people, posts, { moveCost: 1 }, scope);
  // Born 1975 (under the age limit on the plan's date), person 7 in 1969.
  const candidates = base.candidates.map((c) => ({
    ...c,
    employee: { ...c.employee, birthDate: d(c.employee.id === 7 ? '1969-06-01' : '1975-03-01') },
  }));
  return { ...base, candidates };
}

const fitFor = (inp: PlanInput, employeeId: number, positionId: number) =>
  explainFit(
    inp.candidates.find((c) => c.employee.id === employeeId)!,
    inp.posts.find((p) => p.position.id === positionId)!,
    inp.eligibility,
    inp.policy,
  );

describe('JPT posts in a plan (DOMAIN.md 15.3)', () => {
  it('never moves anyone into a JPT post, though the post would gain them, and keeps the JPT holder in place', () => {
    const inp = input();
    // Without the rule the plan would move person 2 up: the JPT post is open to them and fits far better.
    const up = fitFor(inp, 2, 50);
    expect(up.eligibility.status).not.toBe('BLOCKED');
    expect(up.scoreUnits).toBeGreaterThan(fitFor(inp, 2, 11).scoreUnits + SCORE_SCALE);

    const plan = expectPlan(buildPlan(inp));
    const jpt = new Set([50, 51]);
    expect(plan.moves.filter((m) => jpt.has(m.toPositionId))).toEqual([]);
    expect(plan.moves.some((m) => m.employeeId === 6)).toBe(false);
    // Rows: the six administrators; the Kepala Dinas is outside.
    expect(plan.totals.rows).toBe(6);
    expect(plan.unfilledSeats.some((u) => jpt.has(u.positionId))).toBe(false);
  });

  it('nominates the three best eligible people by fit for the vacant JPT post only', () => {
    const inp = input();
    const plan = expectPlan(buildPlan(inp));
    expect(plan.nominations).toHaveLength(1);
    const [n] = plan.nominations!;
    expect(n).toMatchObject({ positionId: 50, unitId: 2, vacantSeats: 1 });

    // The reference: every person's fit for the post by the matching engine, blocked pairs left out.
    const fits = inp.candidates.map((c) => ({ id: c.employee.id, fit: fitFor(inp, c.employee.id, 50) }));
    const blocked = fits.filter((f) => f.fit.eligibility.status === 'BLOCKED').map((f) => f.id);
    expect(blocked).toContain(7);
    // Person 7 has the best fit of all: only eligibility (the age limit) keeps them out.
    expect(Math.max(...fits.map((f) => f.fit.score))).toBe(fits.find((f) => f.id === 7)!.fit.score);
    const expected = fits
      .filter((f) => f.fit.eligibility.status !== 'BLOCKED')
      .sort((a, b) => b.fit.score - a.fit.score || a.id - b.id)
      .slice(0, JPT_NOMINEES);
    expect(expected.length).toBe(JPT_NOMINEES);
    expect(n!.nominees.map((x) => x.employeeId)).toEqual(expected.map((f) => f.id));
    expect(n!.nominees.map((x) => x.fit)).toEqual(expected.map((f) => f.fit.score));
    for (const x of n!.nominees) expect(x.eligibilityStatus).not.toBe('BLOCKED');
    const moved = new Map(plan.moves.map((m) => [m.employeeId, m.toPositionId]));
    for (const x of n!.nominees) expect(x.plannedPositionId).toBe(moved.get(x.employeeId) ?? null);
  });

  it('plans a scope of JPT posts only as no moves, with the nominations', () => {
    const plan = expectPlan(buildPlan(input({ mode: 'WHOLE_CITY', positionIds: [50, 51] })));
    expect(plan.totals.rows).toBe(0);
    expect(plan.moves).toEqual([]);
    expect(plan.optimality).toEqual({ status: 'PROVEN_OPTIMAL', basis: 'NO_LIMIT' });
    expect(plan.nominations!.map((n) => [n.positionId, n.nominees.length])).toEqual([[50, JPT_NOMINEES]]);
  });

  it('keeps a JPT holder named in a vacancy round out of the rows', () => {
    const inp = input();
    const nip = (id: number) => inp.candidates.find((c) => c.employee.id === id)!.employee.nip;
    const plan = expectPlan(
      buildPlan({
        ...inp,
        scenario: { ...inp.scenario, scope: { mode: 'VACANCIES', nips: [nip(6), nip(2)] } },
      }),
    );
    // Two people named, one row: the Kepala Dinas keeps the JPT post outside the plan.
    expect(plan.totals.rows).toBe(1);
    expect(plan.moves.filter((m) => m.employeeId === 6)).toEqual([]);
    expect(plan.nominations!.map((n) => n.positionId)).toEqual([50]);
  });
});
