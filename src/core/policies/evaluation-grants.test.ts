import { describe, expect, it } from 'vitest';
import type { Action } from './actions.js';
import { can } from './policy.js';
import type { Principal } from './roles.js';

const instansi = { type: 'instansi', instansiId: 1 } as const;
const inUnit = (unitId: number) => ({ type: 'employee', instansiId: 1, employeeId: 50, unitId }) as const;
const p = (role: Principal['role']): Principal =>
  role === 'OPD_HEAD'
    ? { userId: 1, instansiId: 1, role, unitIds: [10] }
    : role === 'EMPLOYEE'
      ? { userId: 1, instansiId: 1, role, employeeId: 50 }
      : { userId: 1, instansiId: 1, role };

const INSTANSI_ACTIONS: readonly Action[] = [
  'evaluation.read',
  'evaluation.write',
  'evaluation.period.manage',
  'evaluation.close',
  'evaluation.policy.update',
  'talent.read',
];

describe('evaluation and talent grants (issue 4)', () => {
  it.each([
    ['BKPSDM_OPERATOR', ['evaluation.read', 'evaluation.write', 'evaluation.period.manage', 'talent.read']],
    ['BKPSDM_HEAD', INSTANSI_ACTIONS],
    ['REVIEW_BOARD', ['evaluation.read', 'talent.read']],
    ['PPK', ['evaluation.read', 'talent.read']],
    ['AUDITOR', ['evaluation.read', 'talent.read']],
    ['OPD_HEAD', ['evaluation.read', 'evaluation.write', 'talent.read']],
    ['EMPLOYEE', []],
  ] as const)('%s may %j on the instansi', (role, allowed) => {
    expect(INSTANSI_ACTIONS.filter((a) => can(p(role), a, instansi))).toEqual(allowed);
  });

  it('keeps an OPD head to the people of their own units', () => {
    expect(can(p('OPD_HEAD'), 'evaluation.write', inUnit(10))).toBe(true);
    expect(can(p('OPD_HEAD'), 'evaluation.write', inUnit(11))).toBe(false);
    expect(can(p('OPD_HEAD'), 'evaluation.read', inUnit(11))).toBe(false);
  });

  it('lets an employee read only their own evaluations, and write none', () => {
    expect(can(p('EMPLOYEE'), 'evaluation.read', inUnit(10))).toBe(true);
    expect(can(p('EMPLOYEE'), 'evaluation.read', { ...inUnit(10), employeeId: 51 })).toBe(false);
    expect(can(p('EMPLOYEE'), 'evaluation.write', inUnit(10))).toBe(false);
  });

  it('never crosses instansi', () => {
    expect(can(p('BKPSDM_HEAD'), 'evaluation.close', { type: 'instansi', instansiId: 2 })).toBe(false);
  });
});
