import { describe, expect, it } from 'vitest';
import { explainFit } from './explain-fit.js';
import { DEFAULT_MATCHING_POLICY } from './policy.js';
import { buildCandidate, buildContext, buildPost, d } from './testing/factories.js';
import { whyNot } from './why-not.js';

const ctx = buildContext();
const post = buildPost({ id: 300 });
const fitOf = (c: ReturnType<typeof buildCandidate>) => explainFit(c, post, ctx, DEFAULT_MATCHING_POLICY);
const strong = fitOf(
  buildCandidate(
    {
      performance: {
        annualPredikat: [
          { year: 2025, predikat: 'SANGAT_BAIK' },
          { year: 2024, predikat: 'SANGAT_BAIK' },
        ],
        performanceIndex: 95,
        talentBox: 9,
      },
    },
    { id: 1 },
  ),
);
const weak = fitOf(
  buildCandidate(
    {
      performance: {
        annualPredikat: [
          { year: 2025, predikat: 'BAIK' },
          { year: 2024, predikat: 'BAIK' },
        ],
        performanceIndex: 70,
        talentBox: 4,
      },
    },
    { id: 2 },
  ),
);

describe('whyNot', () => {
  it('names the blocking rules of a blocked person', () => {
    const blocked = fitOf(buildCandidate({}, { id: 3, currentPositionSince: d('2026-01-01') }));
    const w = whyNot(blocked, strong);
    expect(w.kind).toBe('BLOCKED');
    if (w.kind === 'BLOCKED') {
      expect(w.blocking.map((b) => b.code)).toEqual(['R-TENURE-MIN']);
      expect(w.message.en).toContain('R-TENURE-MIN');
      expect(w.message.id).toContain('Tidak memenuhi syarat');
    }
  });

  it('splits the score gap by component, largest first, adding up to the gap', () => {
    const w = whyNot(weak, strong);
    expect(w.kind).toBe('LOWER_SCORE');
    if (w.kind !== 'LOWER_SCORE') return;
    expect(w.gap).toBeCloseTo(strong.score - weak.score, 9);
    expect(w.components.reduce((s, c) => s + c.difference, 0)).toBeCloseTo(w.gap, 9);
    expect(w.components[0]!.difference).toBeGreaterThanOrEqual(w.components[1]!.difference);
    expect(w.components.map((c) => c.component).slice(0, 3)).toEqual([
      'PERFORMANCE_INDEX',
      'TALENT_BOX',
      'PREDIKAT',
    ]);
    expect(w.message.en).toContain('Performance index');
  });

  it('says when the score was not the reason', () => {
    expect(whyNot(strong, weak).kind).toBe('NOT_BY_SCORE');
    expect(whyNot(strong, strong).kind).toBe('IS_RECOMMENDED');
    expect(whyNot(weak, null).kind).toBe('NO_RECOMMENDATION');
  });

  it('refuses results for two different posts', () => {
    const elsewhere = explainFit(
      buildCandidate({}, { id: 4 }),
      buildPost({ id: 301 }),
      ctx,
      DEFAULT_MATCHING_POLICY,
    );
    expect(() => whyNot(weak, elsewhere)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
