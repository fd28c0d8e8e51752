import { describe, expect, it } from 'vitest';
import { buildCandidate, buildContext, buildPost } from '../matching/testing/factories.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import { planningContext } from './planning-posture.js';

describe('planningContext: a plan is held to more than a manual proposal', () => {
  const s1Graduate = buildCandidate();
  const driverPost = buildPost({
    name: 'Pengemudi',
    educationRequirements: [{ minLevel: 'SMA', fields: [] }],
  });

  it('blocks over-qualified moves in a plan, while a manual proposal only warns', () => {
    const manual = evaluateEligibility(s1Graduate, driverPost, buildContext());
    expect(manual.status).toBe('ELIGIBLE_WITH_WARNINGS');
    expect(manual.warnings.map((w) => w.code)).toContain('R-EDU-OVER');
    const planned = evaluateEligibility(
      s1Graduate,
      driverPost,
      planningContext(buildContext(), { allowOverqualifiedMoves: false }),
    );
    expect(planned.blocking.map((b) => b.code)).toEqual(['R-EDU-OVER']);
  });

  it('lets a scenario allow them, and keeps the table version', () => {
    const allowed = planningContext(buildContext(), { allowOverqualifiedMoves: true });
    expect(evaluateEligibility(s1Graduate, driverPost, allowed).status).toBe('ELIGIBLE_WITH_WARNINGS');
    const strict = planningContext(buildContext(), { allowOverqualifiedMoves: false });
    expect(strict.ruleTable.version).toBe(buildContext().ruleTable.version);
  });
});
