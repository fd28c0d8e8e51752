import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_POLICY, SCORE_COMPONENTS, validateMatchingPolicy } from './policy.js';

describe('matching policy', () => {
  it('ships a valid default whose weights add up to 100', () => {
    expect(validateMatchingPolicy(DEFAULT_MATCHING_POLICY).ok).toBe(true);
    expect(SCORE_COMPONENTS.reduce((s, c) => s + DEFAULT_MATCHING_POLICY.weights[c], 0)).toBe(100);
  });

  it('refuses negative weights, a zero sum and values off the 0-100 scale, naming the field', () => {
    const zero = Object.fromEntries(
      SCORE_COMPONENTS.map((c) => [c, 0]),
    ) as typeof DEFAULT_MATCHING_POLICY.weights;
    const bad = validateMatchingPolicy({
      ...DEFAULT_MATCHING_POLICY,
      weights: { ...zero, PREDIKAT: -1 },
      neutral: { ...DEFAULT_MATCHING_POLICY.neutral, TALENT_BOX: 120 },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.map((i) => i.field)).toEqual(['weights.PREDIKAT', 'weights', 'neutral.TALENT_BOX']);
      expect(bad.error[0]?.message.id).toContain('Bobot');
    }
  });
});
