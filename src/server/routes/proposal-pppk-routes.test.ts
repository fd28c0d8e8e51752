import { describe, expect, it } from 'vitest';
import { call, draft, moves, ok, setUpProposalApp, step, t } from './proposal-routes.fixtures.js';

// PPPK numbers carry a cohort code, not a month, in digits 13-14 (DOMAIN.md 4.2): they must be
// read everywhere a NIP is typed. A PPPK is outside PNS mutation (DOMAIN.md 15.4): a proposal
// that moves one is refused by the PPPK rule with its citation, never by a NIP-format error.
setUpProposalApp();

/** A demo PPPK whose NIP has a cohort code above 12 (not a month), with a post. */
async function pppkWithCohortCode() {
  const rows = await t.ctx.db
    .selectFrom('employees')
    .select(['id', 'nip'])
    .where('employment_type', '=', 'PPPK')
    .where('current_position_id', 'is not', null)
    .execute();
  const found = rows.find((r) => Number(r.nip.slice(12, 14)) > 12);
  expect(found, 'the demo has PPPK numbers with a cohort code above 12').toBeDefined();
  return found!;
}

describe('PPPK numbers and the PPPK rule', () => {
  it('reads a PPPK number with a cohort code above 12 in the API (profile and matches)', async () => {
    const p = await pppkWithCohortCode();
    const profile = await call('GET', `/employees/${p.nip}`, 'operator');
    expect(profile.statusCode).toBe(200);
    expect(profile.json().employmentType).toBe('PPPK');
    expect((await call('GET', `/employees/${p.nip}/matches?top=3`, 'operator')).statusCode).toBe(200);
  });

  it('accepts the PPPK number in a proposal, then refuses the move by R-PPPK with its citation', async () => {
    const p = await pppkWithCohortCode();
    const target = moves[0]!;
    const created = await draft([{ ...target, nip: p.nip, employeeId: p.id }]);
    expect(created.items[0].nip).toBe(p.nip);
    await step(created.id, 'submit', 'operator');
    const submitted = await ok('GET', `/proposals/${created.id}`, 'kepala.bkpsdm');
    const refused = await call('POST', `/proposals/${created.id}/verify`, 'kepala.bkpsdm', {
      version: submitted.version,
    });
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error.code).toBe('WORKFLOW_ELIGIBILITY_BLOCKED');
    const rules = error.issues.map((i: { rule: string }) => i.rule);
    expect(rules).toContain('R-PPPK');
    expect(JSON.stringify(error)).not.toContain('NIP_TMT');
    expect(error.messages.id).toContain(p.nip);
    expect(error.messages.id).toMatch(/PPPK/);
  });
});
