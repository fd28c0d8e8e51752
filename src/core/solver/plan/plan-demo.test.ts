import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, defaultDataset } from '../../../demo/test-support.js';
import { DEFAULT_MATCHING_POLICY, explainFit, inputsFromDataset } from '../../matching/index.js';
import { syntheticPerformance } from '../../matching/testing/synthetic-performance.js';
import { buildPlan } from './build-plan.js';
import { planBaseOf } from './plan-fixtures.js';
import {
  DEFAULT_PLAN_OBJECTIVES,
  type Plan,
  type PlanInput,
  type PlanObjectives,
  type PlanScope,
} from './plan-types.js';

let base: Omit<PlanInput, 'scenario'>;

beforeAll(() => {
  const inputs = inputsFromDataset(defaultDataset(), {
    performance: (e) => syntheticPerformance(e.nip, 2026),
  });
  base = planBaseOf(inputs, AS_OF);
});

let whole: Plan | null = null;
/** The whole-city plan with at most 150 moves, built once for the tests that read it. */
const wholeCity = () => {
  whole ??= plan({ mode: 'WHOLE_CITY' }, { maxMoves: 150 });
  return whole;
};

function plan(scope: PlanScope, objectives: Partial<PlanObjectives>): Plan {
  const out = buildPlan({
    ...base,
    scenario: {
      name: 'demo',
      scope,
      policyVersion: DEFAULT_MATCHING_POLICY.version,
      objectives: { ...DEFAULT_PLAN_OBJECTIVES, ...objectives },
    },
  });
  if (out.status !== 'OPTIMAL') throw new Error(`expected a plan, got ${out.status}`);
  return out;
}

const jptPositionIds = () =>
  new Set(base.posts.filter((p) => p.position.grade.kind.startsWith('JPT_')).map((p) => p.position.id));

/** Invariants every plan on real data keeps. */
function expectSound(p: Plan): void {
  expect(p.certified).toBe(true);
  // Optimal for the scenario, move limit included, or within a stated gap of it, never unproven.
  expect(p.optimality!.status).not.toBe('NOT_PROVEN');
  expect(p.provenOptimal).toBe(p.optimality!.status === 'PROVEN_OPTIMAL');
  // A plan never fills a JPT post: it nominates (DOMAIN.md 15.3).
  const jpt = jptPositionIds();
  expect(p.moves.filter((m) => jpt.has(m.toPositionId) || jpt.has(m.fromPositionId ?? -1))).toEqual([]);
  for (const s of p.solves) expect(s.certificate.holds).toBe(true);
  // Optimal over every allowed pair, not only each person's best 50: every certificate covers them all.
  expect(p.pricing!.coversAllPairs).toBe(true);
  expect(p.pricing!.eligiblePairs).toBeGreaterThan(p.pricing!.restrictedPairs);
  for (const s of p.solves) expect(s.pairsChecked).toBe(p.pricing!.eligibleSeatPairs);
  const moved = p.moves.filter((m) => m.fromPositionId !== null);
  expect(p.totals.moves).toBe(moved.length);
  for (const m of p.moves) {
    expect(m.explanation.eligibilityStatus).not.toBe('BLOCKED');
    expect(m.tenureMonths === null || m.tenureMonths >= 24).toBe(true);
    expect(m.toPositionId).not.toBe(m.fromPositionId);
  }
  // Every mover is in exactly one chain, at the place the chain lists them.
  const listed = p.chains.flatMap((c) => c.employeeIds.map((id, i) => [id, c.chainId, i + 1]));
  expect(listed.sort((a, b) => a[0]! - b[0]!)).toEqual(
    p.moves.map((m) => [m.employeeId, m.chainId, m.chainOrder]).sort((a, b) => a[0]! - b[0]!),
  );
  // Seats: nobody lands on a full post.
  const dest = new Map(p.moves.map((m) => [m.employeeId, m.toPositionId]));
  const count = new Map<number, number>();
  for (const c of base.candidates) {
    const at = dest.get(c.employee.id) ?? c.employee.currentPositionId;
    if (at !== null) count.set(at, (count.get(at) ?? 0) + 1);
  }
  const before = new Map<number, number>();
  for (const h of base.holders) before.set(h.positionId, (before.get(h.positionId) ?? 0) + 1);
  for (const post of base.posts) {
    const id = post.position.id;
    expect(count.get(id) ?? 0).toBeLessThanOrEqual(Math.max(post.position.seats, before.get(id) ?? 0));
  }
  const sum = (f: (u: Plan['totals']['byUnit'][number]) => number) =>
    p.totals.byUnit.reduce((a, u) => a + f(u), 0);
  expect(sum((u) => u.movesOut)).toBe(p.totals.moves);
  expect(sum((u) => u.fitAfter)).toBeCloseTo(p.totals.fitAfter, 6);
}

describe('buildPlan on the Sibolga demo (2,500 employees)', () => {
  it('re-arranges the whole city within a move limit, every solve certified', () => {
    const p = wholeCity();
    expectSound(p);
    // Every holder is a row except the JPT holders: JPT posts are outside the plan (DOMAIN.md 15.3).
    expect(p.totals.rows).toBe(base.holders.filter((h) => !jptPositionIds().has(h.positionId)).length);
    expect(p.totals.moves).toBeGreaterThan(0);
    expect(p.totals.moves).toBeLessThanOrEqual(150);
    // Rationing by tenure lets the plan use the limit (without it, alike posts tie and flip together).
    expect(p.totals.moves).toBeGreaterThanOrEqual(145);
    expect(p.solves.at(-1)!.rationed).toBe(true);
    expect(p.solveCount).toBeGreaterThan(1);
    expect(p.totals.fitAfter).toBeGreaterThan(p.totals.fitBefore);
  });

  it('nominates the three best eligible people for each vacant JPT post instead of filling it', () => {
    const p = wholeCity();
    const jpt = base.posts.filter((post) => jptPositionIds().has(post.position.id));
    const held = (id: number) => base.holders.filter((h) => h.positionId === id).length;
    const vacant = jpt.filter((post) => held(post.position.id) < post.position.seats);
    expect(vacant.length).toBeGreaterThan(0);
    expect(p.nominations!.map((n) => n.positionId)).toEqual(vacant.map((post) => post.position.id));
    for (const post of vacant) {
      // The reference: the matching engine's fit of every person for the post, blocked pairs left out.
      const expected = base.candidates
        .filter((c) => c.employee.currentPositionId !== post.position.id)
        .map((c) => ({ id: c.employee.id, fit: explainFit(c, post, base.eligibility, base.policy) }))
        .filter((f) => f.fit.eligibility.status !== 'BLOCKED')
        .sort((a, b) => b.fit.scoreUnits - a.fit.scoreUnits || a.id - b.id)
        .slice(0, 3);
      const n = p.nominations!.find((x) => x.positionId === post.position.id)!;
      expect(n.nominees.map((x) => [x.employeeId, x.fit])).toEqual(expected.map((f) => [f.id, f.fit.score]));
    }
  });

  it('fills the vacancies of one round from the named people, without forcing rotations', () => {
    const vacant = base.posts
      .filter(
        (post) => base.holders.filter((h) => h.positionId === post.position.id).length < post.position.seats,
      )
      .map((post) => post.position.id);
    const named = base.candidates.filter((_, i) => i % 10 === 0);
    const p = plan(
      { mode: 'VACANCIES', positionIds: vacant, nips: named.map((c) => c.employee.nip) },
      { moveCost: 1 },
    );
    expectSound(p);
    const holdsJpt = (c: (typeof named)[number]) => jptPositionIds().has(c.employee.currentPositionId ?? -1);
    expect(p.totals.rows).toBe(named.filter((c) => !holdsJpt(c)).length);
    expect(p.totals.rotationOverdueKept).toBe(0);
    expect(p.moves.some((m) => m.explanation.reasons.includes('FORCED_ROTATION'))).toBe(false);
    expect(p.moves.filter((m) => m.explanation.reasons.includes('FILLS_VACANCY')).length).toBeGreaterThan(0);
    // Moves land on the vacant posts or on a seat another named person left.
    const own = new Set(named.map((c) => c.employee.currentPositionId));
    for (const m of p.moves) expect(vacant.includes(m.toPositionId) || own.has(m.toPositionId)).toBe(true);
    // Unfilled seats are the round's vacancies (the JPT ones excepted: the plan only nominates),
    // counted from the holders before and after the moves; seats the chains leave are apart.
    const held = new Map<number, number>();
    for (const h of base.holders) held.set(h.positionId, (held.get(h.positionId) ?? 0) + 1);
    const after = new Map(held);
    for (const m of p.moves) {
      if (m.fromPositionId !== null) after.set(m.fromPositionId, after.get(m.fromPositionId)! - 1);
      after.set(m.toPositionId, (after.get(m.toPositionId) ?? 0) + 1);
    }
    const targets = base.posts.filter(
      (post) => vacant.includes(post.position.id) && !jptPositionIds().has(post.position.id),
    );
    const empty = (at: Map<number, number>) =>
      targets.reduce((n, post) => n + post.position.seats - (at.get(post.position.id) ?? 0), 0);
    expect(p.totals.unfilledSeatsBefore).toBe(empty(held));
    expect(p.totals.unfilledSeatsAfter).toBe(empty(after));
    expect(p.totals.unfilledSeatsAfter).toBeLessThan(p.totals.unfilledSeatsBefore);
    const left = p.moves.filter((m) => m.fromPositionId !== null && !vacant.includes(m.fromPositionId));
    const leftEmpty = new Set(
      left.map((m) => m.fromPositionId!).filter((id) => (after.get(id) ?? 0) < (held.get(id) ?? 0)),
    );
    expect(p.totals.seatsVacated).toBe(
      [...leftEmpty].reduce((n, id) => n + held.get(id)! - after.get(id)!, 0),
    );
  });
});
