import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AppraisalPolicy,
  INDEX_COMPONENTS,
  DEFAULT_APPRAISAL_POLICY as P,
  POTENTIAL_FACTORS,
} from './policy.js';
import { validatePolicy } from './policy-validation.js';

const issuesOf = (policy: AppraisalPolicy) => {
  const r = validatePolicy(policy);
  return r.ok ? [] : r.error;
};

describe('validatePolicy', () => {
  it('accepts the built-in policy', () => {
    expect(validatePolicy(P).ok).toBe(true);
  });

  it('property: index weights that do not sum to 1 are refused with a clear error', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), (w) => {
        const sum = w.reduce((a, b) => a + b, 0);
        fc.pre(sum !== 100);
        const indexWeights = Object.fromEntries(INDEX_COMPONENTS.map((c, i) => [c, w[i]! / 100]));
        const issues = issuesOf({ ...P, indexWeights } as AppraisalPolicy);
        const issue = issues.find((i) => i.rule === 'WEIGHTS_SUM_TO_ONE');
        expect(issue).toMatchObject({ field: 'indexWeights', code: 'VALIDATION_FAILED' });
        expect(issue?.message.en).toMatch(/must sum to exactly 1/);
        expect(issue?.message.id).toMatch(/harus tepat 1/);
      }),
    );
  });

  it('property: index weights that sum to 1 are accepted, rounding included', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50)).filter((w) => w.some((x) => x > 0)),
        (w) => {
          const sum = w.reduce((a, b) => a + b, 0);
          const indexWeights = Object.fromEntries(INDEX_COMPONENTS.map((c, i) => [c, w[i]! / sum]));
          expect(issuesOf({ ...P, indexWeights } as AppraisalPolicy)).toEqual([]);
        },
      ),
    );
  });

  it('refuses potential weights that do not sum to 1, and negative weights', () => {
    const weights = Object.fromEntries(POTENTIAL_FACTORS.map((f) => [f, 0.3]));
    expect(
      issuesOf({ ...P, potential: { ...P.potential, weights } as AppraisalPolicy['potential'] }),
    ).toEqual([
      expect.objectContaining({ field: 'potential.weights', rule: 'WEIGHTS_SUM_TO_ONE', value: 1.2 }),
    ]);
    const negative = { ...P.indexWeights, SKP: -0.1, DISCIPLINE: 0.5 };
    expect(issuesOf({ ...P, indexWeights: negative }).map((i) => i.field)).toContain('indexWeights.SKP');
  });

  it('refuses scales that would reward a worse result', () => {
    const issues = issuesOf({ ...P, skpScores: { ...P.skpScores, BUTUH_PERBAIKAN: 90 } });
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'skpScores.BUTUH_PERBAIKAN', rule: 'SCALE_ORDER' }),
    );
    const caps = issuesOf({
      ...P,
      discipline: { ...P.discipline, caseCaps: { RINGAN: 50, SEDANG: 80, BERAT: 0 } },
    });
    expect(caps.map((i) => i.rule)).toContain('SCALE_ORDER');
  });

  it('refuses thresholds out of order and bad pool boxes', () => {
    const issues = issuesOf({
      ...P,
      potential: { ...P.potential, high: 70, medium: 80 },
      talentPool: { ...P.talentPool, boxes: [9, 9] },
    });
    expect(issues.map((i) => i.rule).sort()).toEqual(['POOL_BOXES', 'THRESHOLD_ORDER']);
  });
});
