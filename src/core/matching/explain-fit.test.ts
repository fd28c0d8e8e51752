import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompetencyScore, CompetencyStandard } from '../model/competency.js';
import { MANAGERIAL_COMPETENCIES } from '../model/competency.js';
import { EDUCATION_FIELDS, type Education } from '../model/education.js';
import { explainFit } from './explain-fit.js';
import { type Candidate, PREDIKATS, type Predikat, type TalentBox } from './inputs.js';
import { DEFAULT_MATCHING_POLICY, type MatchingPolicy, SCORE_COMPONENTS } from './policy.js';
import { SCORE_SCALE } from './score-aggregate.js';
import { buildCandidate, buildContext, buildPost, d, step } from './testing/factories.js';

const CODES = [...MANAGERIAL_COMPETENCIES.map((m) => m.code), 'SK.01', 'T.GENERAL_ADMIN', 'T.FINANCE'];
const typeOf = (code: string) =>
  code.startsWith('M.') ? 'MANAGERIAL' : code === 'SK.01' ? 'SOCIO_CULTURAL' : 'TECHNICAL';
const level = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;

const person = fc.record({
  levels: fc.option(
    fc.array(fc.option(level, { nil: undefined }), { minLength: CODES.length, maxLength: CODES.length }),
    { nil: null },
  ),
  predikat: fc.array(fc.option(fc.constantFrom(...PREDIKATS), { nil: undefined }), {
    minLength: 2,
    maxLength: 2,
  }),
  index: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  box: fc.option(fc.integer({ min: 1, max: 9 }) as fc.Arbitrary<TalentBox>, { nil: null }),
  fields: fc.array(fc.constantFrom(...EDUCATION_FIELDS), { maxLength: 2 }),
  monthsBack: fc.integer({ min: 0, max: 200 }),
  sameFamily: fc.boolean(),
  prefers: fc.option(fc.constantFrom('POST', 'OPD', 'FAMILY', 'OTHER'), { nil: null }),
});
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;
const standard = fc.array(fc.option(level, { nil: undefined }), {
  minLength: CODES.length,
  maxLength: CODES.length,
});
const weights = fc
  .array(fc.double({ min: 0, max: 50, noNaN: true }), {
    minLength: SCORE_COMPONENTS.length,
    maxLength: SCORE_COMPONENTS.length,
  })
  .filter((w) => w.reduce((a, b) => a + b, 0) > 0.001);

const POST_ID = 4242;
function toCandidate(p: Person): Candidate {
  const scores: CompetencyScore[] = [];
  p.levels?.forEach((l, i) => {
    if (l) scores.push({ type: typeOf(CODES[i]!), code: CODES[i]!, level: l });
  });
  const education: Education[] = [
    { level: 'SMA', field: 'GENERAL', major: 'SMA', institution: 'SMAN 1', graduationYear: 2000 },
    ...p.fields.map(
      (field): Education => ({
        level: 'S1',
        field,
        major: `S1 ${field}`,
        institution: 'USU',
        graduationYear: 2005,
      }),
    ),
  ];
  const start = `${2026 - Math.floor(p.monthsBack / 12)}-01-01`;
  const annualPredikat = p.predikat.flatMap((x, i) => (x ? [{ year: 2025 - i, predikat: x }] : []));
  return buildCandidate(
    {
      performance: { annualPredikat, performanceIndex: p.index, talentBox: p.box },
      career: [
        step(1, { kind: 'PELAKSANA' }, start, null, {
          family: p.sameFamily ? 'GENERAL_ADMIN' : 'TRANSPORT',
          opdCode: 'DISHUB',
        }),
      ],
      preference:
        p.prefers === null
          ? null
          : {
              statedOn: d('2026-06-01'),
              positionIds: p.prefers === 'POST' ? [POST_ID] : [],
              opdCodes: p.prefers === 'OPD' ? ['BKPSDM'] : [],
              families: p.prefers === 'FAMILY' ? ['GENERAL_ADMIN'] : [],
            },
    },
    {
      id: 7,
      currentPositionSince: d(start),
      education,
      competencyAssessments: p.levels
        ? [{ id: 1, assessedOn: d('2026-01-05'), validUntil: null, assessor: 'UPT', scores }]
        : [],
    },
  );
}
const toPost = (levels: (1 | 2 | 3 | 4 | 5 | undefined)[]) =>
  buildPost({
    id: POST_ID,
    competencyStandard: levels.flatMap((l, i): CompetencyStandard[] =>
      l ? [{ type: typeOf(CODES[i]!), code: CODES[i]!, name: CODES[i]!, level: l }] : [],
    ),
  });
const policyOf = (w: number[]): MatchingPolicy => ({
  ...DEFAULT_MATCHING_POLICY,
  weights: Object.fromEntries(SCORE_COMPONENTS.map((c, i) => [c, w[i]!])) as MatchingPolicy['weights'],
});
const ctx = buildContext();
const scoreOf = (p: Person, std: (1 | 2 | 3 | 4 | 5 | undefined)[], w: number[]) =>
  explainFit(toCandidate(p), toPost(std), ctx, policyOf(w)).score;

describe('explainFit: properties', () => {
  it('keeps the score within 0-100 and its contributions add up to it', () => {
    fc.assert(
      fc.property(person, standard, weights, (p, std, w) => {
        const fit = explainFit(toCandidate(p), toPost(std), ctx, policyOf(w));
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        const sum = fit.components.reduce((s, c) => s + c.contribution, 0);
        expect(Math.abs(sum - fit.score)).toBeLessThanOrEqual(1e-9);
        expect(fit.components.reduce((s, c) => s + Math.round(c.contribution * SCORE_SCALE), 0)).toBe(
          fit.scoreUnits,
        );
      }),
      { numRuns: 200 },
    );
  });

  const worse: Record<string, (p: Person, pick: number) => Person> = {
    'a predikat': (p, pick) => {
      const i = pick % 2;
      const x = p.predikat[i];
      const lower = x
        ? (PREDIKATS[Math.min(PREDIKATS.indexOf(x) + 1 + (pick % 2), 4)] as Predikat)
        : undefined;
      return { ...p, predikat: p.predikat.map((y, j) => (j === i ? lower : y)) };
    },
    'the performance index': (p, pick) =>
      p.index === null ? p : { ...p, index: p.index * ((pick % 100) / 100) },
    'the talent box': (p, pick) => {
      if (p.box === null) return p;
      const v = DEFAULT_MATCHING_POLICY.talentBoxValues;
      const lower = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as TalentBox[]).filter((b) => v[b] <= v[p.box!]);
      return { ...p, box: lower[pick % lower.length]! };
    },
    'related experience': (p, pick) => ({ ...p, monthsBack: p.monthsBack - (pick % (p.monthsBack + 1)) }),
  };
  it('never falls when a competency gap closes (an assessed level below its standard rises)', () => {
    fc.assert(
      fc.property(person, standard, weights, fc.nat(), (p, std, w, pick) => {
        if (!p.levels) return;
        const i = pick % CODES.length;
        const l = p.levels[i];
        const r = std[i];
        if (!l || !r || l >= r) return;
        const closer = { ...p, levels: p.levels.map((x, j) => (j === i ? ((l + 1) as 1) : x)) };
        expect(scoreOf(closer, std, w)).toBeGreaterThanOrEqual(scoreOf(p, std, w));
      }),
      { numRuns: 200 },
    );
  });

  it('never falls when education relevance rises (more points for core, related or school level)', () => {
    fc.assert(
      fc.property(person, standard, weights, fc.nat({ max: 40 }), (p, std, w, up) => {
        const base = policyOf(w);
        const v = base.relevance.values;
        const raised: MatchingPolicy = {
          ...base,
          relevance: {
            ...base.relevance,
            values: {
              core: Math.min(100, v.core + up),
              related: Math.min(100, v.related + up),
              schoolLevel: Math.min(100, v.schoolLevel + up),
              none: Math.min(100, v.none + up),
            },
          },
        };
        const post = toPost(std);
        const before = explainFit(toCandidate(p), post, ctx, base).score;
        expect(explainFit(toCandidate(p), post, ctx, raised).score).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('never scores an over-qualified person above an equally good person at the right level', () => {
    const withLevel = (p: Person, level: 'SMA' | 'D3' | 'S1' | 'S2') => {
      const c = toCandidate(p);
      const education: Education[] = [
        { level: 'SMA', field: 'GENERAL', major: 'SMA', institution: 'SMAN 1', graduationYear: 2000 },
        ...p.fields.map(
          (field): Education => ({
            level,
            field,
            major: `${level} ${field}`,
            institution: 'X',
            graduationYear: 2005,
          }),
        ),
      ];
      return { ...c, employee: { ...c.employee, education } };
    };
    const levels = ['SMA', 'D3', 'S1'] as const;
    fc.assert(
      fc.property(person, standard, weights, fc.nat(), fc.nat(), (p, std, w, a, b) => {
        if (p.fields.length === 0) return;
        const asked = levels[a % levels.length]!;
        const above = (['D3', 'S1', 'S2'] as const).filter(
          (l) => levels.indexOf(l as 'D3') > levels.indexOf(asked) || l === 'S2',
        );
        const over = above[b % above.length]!;
        const post = buildPost({
          ...toPost(std).position,
          educationRequirements: [{ minLevel: asked, fields: [] }],
        });
        const right = explainFit(withLevel(p, asked), post, ctx, policyOf(w)).score;
        const overScore = explainFit(withLevel(p, over), post, ctx, policyOf(w)).score;
        expect(overScore).toBeLessThanOrEqual(right + 1e-9);
        const rightDefault = explainFit(withLevel(p, asked), post, ctx, DEFAULT_MATCHING_POLICY).score;
        const overDefault = explainFit(withLevel(p, over), post, ctx, DEFAULT_MATCHING_POLICY).score;
        if (asked !== 'S1') expect(overDefault).toBeLessThan(rightDefault);
      }),
      { numRuns: 200 },
    );
  });

  for (const [what, change] of Object.entries(worse)) {
    it(`never rises when ${what} worsens`, () => {
      fc.assert(
        fc.property(person, standard, weights, fc.nat(), (p, std, w, pick) => {
          expect(scoreOf(change(p, pick), std, w)).toBeLessThanOrEqual(scoreOf(p, std, w));
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('explainFit: explanation', () => {
  it('shows missing data as flagged neutral values, never as zero', () => {
    const bare = buildCandidate({
      performance: { annualPredikat: [], performanceIndex: null, talentBox: null },
    });
    const fit = explainFit(bare, buildPost(), ctx, DEFAULT_MATCHING_POLICY);
    expect(fit.noData).toEqual([
      'COMPETENCY_TECHNICAL',
      'COMPETENCY_MANAGERIAL',
      'COMPETENCY_SOCIO_CULTURAL',
      'PERFORMANCE_INDEX',
      'PREDIKAT',
      'TALENT_BOX',
      'PREFERENCE',
    ]);
    const tech = fit.components.find((c) => c.component === 'COMPETENCY_TECHNICAL')!;
    expect(tech).toMatchObject({ value: 50, noData: true, weight: 20, contribution: 10 });
    expect(tech.reason.id).toContain('netral');
    expect(tech.reason.en).toContain('neutral');
  });

  it('explains a complete pair component by component', () => {
    const nurse = toCandidate({
      levels: [3, 3, 3, 3, 3, 3, 3, 3, 2, 2, undefined],
      predikat: ['SANGAT_BAIK', 'BAIK'],
      index: 84,
      box: 8,
      fields: ['MANAGEMENT'],
      monthsBack: 30,
      sameFamily: true,
      prefers: 'OPD',
    });
    const fit = explainFit(nurse, toPost([2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3]), ctx, DEFAULT_MATCHING_POLICY);
    const by = Object.fromEntries(fit.components.map((c) => [c.component, c]));
    // Every managerial level is one above the standard of 2: (8 x 2 - 0.25 x 8) / (8 x 2).
    expect(by.COMPETENCY_MANAGERIAL?.value).toBe(87.5);
    expect(by.COMPETENCY_MANAGERIAL?.reason.en).toContain('8 above standard');
    expect(by.COMPETENCY_TECHNICAL?.value).toBeCloseTo(66.667, 2);
    expect(by.COMPETENCY_TECHNICAL?.reason.en).toContain('1 of 2 competencies assessed, 1 below standard');
    expect(by.EDUCATION_RELEVANCE?.value).toBe(100);
    expect(by.PREDIKAT?.value).toBe(90);
    expect(by.EXPERIENCE?.value).toBeCloseTo(56.667, 2);
    expect(by.EXPERIENCE?.reason.en).toContain('34 months of related experience');
    expect(by.PREFERENCE?.value).toBe(80);
    expect(fit.noData).toEqual([]);
    // An S1 graduate in a post asking SMA: eligible, with the over-qualification warning.
    expect(fit.eligibility.status).toBe('ELIGIBLE_WITH_WARNINGS');
    expect(fit.eligibility.warnings.map((w) => w.code)).toEqual(['R-EDU-OVER']);
    expect(by.QUALIFICATION_LEVEL?.value).toBe(
      100 - 2 * DEFAULT_MATCHING_POLICY.qualification.penaltyPerTier,
    );
    expect(fit.policyVersion).toBe(DEFAULT_MATCHING_POLICY.version);
  });
});

describe('explanations in Indonesian', () => {
  it('name the predikat and write decimals with a comma, never a code or a decimal point', () => {
    const clerk = toCandidate({
      levels: null,
      predikat: ['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT'],
      index: 71.25,
      box: 5,
      fields: ['MANAGEMENT'],
      monthsBack: 31,
      sameFamily: true,
      prefers: null,
    });
    const fit = explainFit(clerk, toPost(Array(CODES.length).fill(2)), ctx, DEFAULT_MATCHING_POLICY);
    const reason = (c: string) => fit.components.find((x) => x.component === c)!.reason;
    expect(reason('PREDIKAT').id).toContain('Butuh Perbaikan');
    expect(reason('PREDIKAT').id).toContain('Kurang/Misconduct');
    expect(reason('PERFORMANCE_INDEX').id).toBe('Indeks kinerja 71,3');
    expect(reason('PERFORMANCE_INDEX').en).toBe('Performance index 71.3');
    for (const c of fit.components) {
      expect(c.reason.id).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
      expect(c.reason.id).not.toMatch(/\d\.\d/);
    }
  });
});
