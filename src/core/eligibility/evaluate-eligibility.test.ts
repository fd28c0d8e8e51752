import { describe, expect, it } from 'vitest';
import { buildCandidate, buildContext, buildPost } from '../matching/testing/factories.js';
import { RULE_CODES } from './codes.js';
import { DEFAULT_RULE_TABLE } from './default-rule-table.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import type { RuleTable } from './rule-table.js';

const withRule = <C extends keyof RuleTable['rules']>(
  code: C,
  change: Partial<RuleTable['rules'][C]>,
): RuleTable => ({
  ...DEFAULT_RULE_TABLE,
  version: 'test-1',
  rules: { ...DEFAULT_RULE_TABLE.rules, [code]: { ...DEFAULT_RULE_TABLE.rules[code], ...change } },
});

/** The default person holds an S1: an ordinary move is into a post asking S1 (no over-qualification). */
const s1Post = () => buildPost({ educationRequirements: [{ minLevel: 'S1', fields: [] }] });

describe('evaluateEligibility', () => {
  it('runs every rule for an ordinary move and finds it eligible', () => {
    const r = evaluateEligibility(buildCandidate(), s1Post(), buildContext());
    expect(r.status).toBe('ELIGIBLE');
    expect(r.results.map((x) => x.code)).toEqual([...RULE_CODES]);
    expect(r.ruleTableVersion).toBe(DEFAULT_RULE_TABLE.version);
  });

  it('collects blocks and warnings, and reports the worst', () => {
    const c = buildCandidate({}, { employmentType: 'CPNS', golongan: null });
    const r = evaluateEligibility(
      c,
      buildPost({ grade: { kind: 'PENGAWAS', eselon: 'IV.a' } }),
      buildContext(),
    );
    expect(r.status).toBe('BLOCKED');
    expect(r.blocking.map((b) => b.code)).toContain('R-CPNS');
    expect(r.warnings.map((w) => w.code)).toContain('R-RANK-MIN');
  });

  it('leaves out rules the table switches off', () => {
    const ctx = buildContext({ ruleTable: withRule('R-PPPK', { severity: 'OFF' }) });
    const r = evaluateEligibility(
      buildCandidate({}, { employmentType: 'PPPK', golongan: 32 }),
      s1Post(),
      ctx,
    );
    expect(r.results.map((x) => x.code)).not.toContain('R-PPPK');
    expect(r.status).toBe('ELIGIBLE');
    expect(r.ruleTableVersion).toBe('test-1');
  });

  it("takes a kind's own severity and the table's rule for missing data", () => {
    const weak = buildCandidate({
      performance: {
        annualPredikat: [
          { year: 2025, predikat: 'BUTUH_PERBAIKAN' },
          { year: 2024, predikat: 'BAIK' },
        ],
        performanceIndex: null,
        talentBox: null,
      },
    });
    expect(evaluateEligibility(weak, buildPost(), buildContext()).status).toBe('ELIGIBLE_WITH_WARNINGS');
    const strict = buildContext({ ruleTable: withRule('R-PERADILAN', { whenMissing: 'BLOCK' }) });
    const r = evaluateEligibility(buildCandidate(), buildPost(), strict);
    expect(r.blocking).toMatchObject([{ code: 'R-PERADILAN', noData: true }]);
  });
});
