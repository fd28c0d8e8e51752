import { describe, expect, it } from 'vitest';
import type { Action } from './actions.js';
import { can } from './policy.js';
import type { Principal, Role } from './roles.js';

const SELECTION: readonly Action[] = ['selection.read', 'selection.write', 'selection.decide'];
const p = (role: Role): Principal =>
  role === 'OPD_HEAD'
    ? { userId: 1, instansiId: 1, role, unitIds: [1] }
    : role === 'EMPLOYEE'
      ? { userId: 1, instansiId: 1, role, employeeId: 1 }
      : { userId: 1, instansiId: 1, role };

describe('JPT selection grants', () => {
  it.each([
    ['BKPSDM_OPERATOR', ['selection.read', 'selection.write']],
    ['BKPSDM_HEAD', ['selection.read', 'selection.write']],
    ['REVIEW_BOARD', ['selection.read']],
    ['PPK', ['selection.read', 'selection.decide']],
    ['AUDITOR', ['selection.read']],
    ['OPD_HEAD', []],
    ['EMPLOYEE', []],
  ] as const)('%s may %j', (role, allowed) => {
    const granted = SELECTION.filter((a) => can(p(role), a, { type: 'instansi', instansiId: 1 }));
    expect(granted).toEqual(allowed);
  });

  it('grants nothing in another instansi', () => {
    for (const a of SELECTION) expect(can(p('PPK'), a, { type: 'instansi', instansiId: 2 })).toBe(false);
  });
});
