import { describe, expect, it } from 'vitest';
import type { Action } from './actions.js';
import { can } from './policy.js';
import type { Principal } from './roles.js';

const instansi = { type: 'instansi', instansiId: 1 } as const;
const p = (role: Principal['role']): Principal =>
  role === 'OPD_HEAD'
    ? { userId: 1, instansiId: 1, role, unitIds: [10] }
    : role === 'EMPLOYEE'
      ? { userId: 1, instansiId: 1, role, employeeId: 50 }
      : { userId: 1, instansiId: 1, role };

const PLANNING: readonly Action[] = ['plan.view', 'plan.run', 'plan.cancel', 'scenario.edit'];

describe('mutation planning grants (issue 6)', () => {
  it.each([
    ['BKPSDM_OPERATOR', PLANNING],
    ['BKPSDM_HEAD', PLANNING],
    ['REVIEW_BOARD', ['plan.view']],
    ['PPK', ['plan.view']],
    ['AUDITOR', ['plan.view']],
    ['OPD_HEAD', []],
    ['EMPLOYEE', []],
  ] as const)('%s may %j', (role, allowed) => {
    expect(PLANNING.filter((a) => can(p(role), a, instansi))).toEqual(allowed);
  });

  it('never crosses instansi', () => {
    expect(can(p('BKPSDM_HEAD'), 'plan.run', { type: 'instansi', instansiId: 2 })).toBe(false);
    expect(can(p('AUDITOR'), 'plan.view', { type: 'instansi', instansiId: 2 })).toBe(false);
  });
});
