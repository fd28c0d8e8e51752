import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { compositeIndex } from './composite-index.js';
import { evaluatePerson, type PersonInputs } from './evaluate-person.js';
import { periodSpan } from './period.js';
import { INDEX_COMPONENTS, type IndexComponent, DEFAULT_APPRAISAL_POLICY as P } from './policy.js';
import { RATINGS } from './ratings.js';
import { INNOVATION_STATUSES, PROGRAM_OUTCOMES, PROGRAM_ROLES } from './records.js';

const score = (s: number | null) => ({ raw: null, score: s });
const period = (() => {
  const r = periodSpan('TAHUNAN', 2025, 1);
  if (!r.ok) throw new Error('bad period');
  return r.value;
})();

describe('compositeIndex', () => {
  it('adds weight x score per component, with the breakdown', () => {
    const result = compositeIndex(
      { SKP: score(80), DISCIPLINE: score(90), INNOVATION: score(0), PROGRAM: score(50) },
      P.indexWeights,
    );
    expect(result.index).toBe(65.5);
    expect(result.breakdown.map((b) => [b.component, b.weight, b.contribution])).toEqual([
      ['SKP', 0.5, 40],
      ['DISCIPLINE', 0.2, 18],
      ['INNOVATION', 0.15, 0],
      ['PROGRAM', 0.15, 7.5],
    ]);
  });

  it('shares the weight of a component without data among the others', () => {
    const result = compositeIndex(
      { SKP: score(80), DISCIPLINE: score(null), INNOVATION: score(100), PROGRAM: score(100) },
      P.indexWeights,
    );
    const discipline = result.breakdown.find((b) => b.component === 'DISCIPLINE')!;
    expect(discipline).toMatchObject({ normalized: null, weight: 0.2, appliedWeight: 0, contribution: 0 });
    expect(result.breakdown.find((b) => b.component === 'SKP')!.appliedWeight).toBe(0.625);
    expect(result.index).toBe(87.5);
  });
});

const weightsArb = fc
  .tuple(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100))
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return Object.fromEntries(INDEX_COMPONENTS.map((c, i) => [c, w[i]! / sum])) as Record<
      IndexComponent,
      number
    >;
  });
const scoreArb = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });

describe('property: raising any component never lowers the composite index', () => {
  it('holds for the weighted sum, whatever the weights and missing components', () => {
    fc.assert(
      fc.property(
        weightsArb,
        fc.tuple(scoreArb, scoreArb, scoreArb, scoreArb),
        fc.constantFrom(...INDEX_COMPONENTS),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (weights, s, raised, by) => {
          const scores = Object.fromEntries(INDEX_COMPONENTS.map((c, i) => [c, score(s[i]!)])) as Record<
            IndexComponent,
            ReturnType<typeof score>
          >;
          const current = scores[raised].score;
          fc.pre(current !== null);
          const higher = { ...scores, [raised]: score(Math.min(100, current + by)) };
          expect(compositeIndex(higher, weights).index).toBeGreaterThanOrEqual(
            compositeIndex(scores, weights).index,
          );
        },
      ),
    );
  });

  const d = (s: string) => s as LocalDate;
  const inputsArb: fc.Arbitrary<PersonInputs> = fc.record({
    skp: fc.record({ hasilKerja: fc.constantFrom(...RATINGS), perilakuKerja: fc.constantFrom(...RATINGS) }),
    attendance: fc
      .record({
        workingDays: fc.integer({ min: 200, max: 250 }),
        unexcusedDays: fc.nat(30),
        lateCount: fc.nat(60),
      })
      .map((a) => ({ ...a, unexcusedDays: Math.min(a.unexcusedDays, a.workingDays) })),
    cases: fc.constant([]),
    innovations: fc.array(
      fc.record({
        role: fc.constantFrom('LEAD' as const, 'MEMBER' as const),
        proposedOn: fc.constant(d('2025-02-01')),
        implementedOn: fc.constant(null),
        replicatedOn: fc.constant(null),
        awardedOn: fc.constant(null),
      }),
      { maxLength: 3 },
    ),
    participations: fc.array(
      fc.record({
        role: fc.constantFrom(...PROGRAM_ROLES),
        outcome: fc.constantFrom(...PROGRAM_OUTCOMES),
        hours: fc.integer({ min: 1, max: 120 }),
        startDate: fc.constant(d('2025-03-01')),
        endDate: fc.constant(d('2025-10-31')),
      }),
      { maxLength: 3 },
    ),
    standard: fc.constant([]),
    assessments: fc.constant([]),
    trainingHours: fc.nat(40),
  });

  type Improvement = (i: PersonInputs) => PersonInputs;
  const improvements: Record<string, Improvement> = {
    'better results': (i) => ({ ...i, skp: { ...i.skp, hasilKerja: better(i.skp.hasilKerja) } }),
    'better behaviour': (i) => ({ ...i, skp: { ...i.skp, perilakuKerja: better(i.skp.perilakuKerja) } }),
    'one absence fewer': (i) => ({
      ...i,
      attendance: i.attendance && {
        ...i.attendance,
        unexcusedDays: Math.max(0, i.attendance.unexcusedDays - 1),
      },
    }),
    'one late day fewer': (i) => ({
      ...i,
      attendance: i.attendance && { ...i.attendance, lateCount: Math.max(0, i.attendance.lateCount - 1) },
    }),
    'an innovation further on': (i) => ({
      ...i,
      innovations: i.innovations.map((x, k) => (k === 0 ? { ...x, implementedOn: d('2025-06-01') } : x)),
    }),
    'another innovation': (i) => ({
      ...i,
      innovations: [...i.innovations, { ...i.innovations[0]!, proposedOn: d('2025-05-01') }].filter(Boolean),
    }),
    'more programme hours': (i) => ({
      ...i,
      participations: i.participations.map((p) => ({ ...p, hours: p.hours + 10 })),
    }),
  };
  const better = (r: (typeof RATINGS)[number]) => RATINGS[Math.min(2, RATINGS.indexOf(r) + 1)]!;

  it('holds for every raw input: ratings, attendance, innovations, programmes', () => {
    fc.assert(
      fc.property(inputsArb, fc.constantFrom(...Object.keys(improvements)), (inputs, name) => {
        fc.pre(name !== 'another innovation' || inputs.innovations.length > 0);
        const before = evaluatePerson(inputs, period, P).index;
        const after = evaluatePerson(improvements[name]!(inputs), period, P).index;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the statutory predikat apart: the index never changes it', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = evaluatePerson(inputs, period, P);
        const rich = evaluatePerson(
          { ...inputs, participations: [], innovations: [], attendance: null },
          period,
          P,
        );
        expect(result.predikat).toBe(rich.predikat);
      }),
    );
  });
});

it('statuses are ordered as the lifecycle', () => {
  expect(INNOVATION_STATUSES).toEqual(['PROPOSED', 'IMPLEMENTED', 'REPLICATED', 'AWARDED']);
});
