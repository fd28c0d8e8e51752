import { describe, expect, it } from 'vitest';
import { authorize, can } from './policy.js';
import type { Principal } from './roles.js';

const operator: Principal = { userId: 1, instansiId: 1, role: 'BKPSDM_OPERATOR' };
const auditor: Principal = { userId: 2, instansiId: 1, role: 'AUDITOR' };
const opdHead: Principal = { userId: 3, instansiId: 1, role: 'OPD_HEAD', unitIds: [10, 11] };
const employee: Principal = { userId: 4, instansiId: 1, role: 'EMPLOYEE', employeeId: 100 };
const instansi = { type: 'instansi', instansiId: 1 } as const;
const emp = (employeeId: number, unitId: number, instansiId = 1) =>
  ({ type: 'employee', instansiId, employeeId, unitId }) as const;

describe('policies', () => {
  it('lets BKPSDM read and write inside its own instansi only', () => {
    expect(can(operator, 'employee.list', instansi)).toBe(true);
    expect(can(operator, 'employee.create', instansi)).toBe(true);
    expect(can(operator, 'employee.read', emp(5, 99, 2))).toBe(false);
  });

  it('keeps the auditor read-only', () => {
    expect(can(auditor, 'employee.read', emp(5, 10))).toBe(true);
    expect(can(auditor, 'employee.update', emp(5, 10))).toBe(false);
    expect(can(auditor, 'audit.read', instansi)).toBe(true);
  });

  it('scopes an OPD head to their units', () => {
    expect(can(opdHead, 'employee.read', emp(5, 10))).toBe(true);
    expect(can(opdHead, 'employee.read', emp(5, 12))).toBe(false);
    expect(can(opdHead, 'employee.update', emp(5, 10))).toBe(false);
  });

  it('scopes an employee to themself and refuses lists', () => {
    expect(can(employee, 'employee.read', emp(100, 12))).toBe(true);
    expect(can(employee, 'employee.read', emp(101, 12))).toBe(false);
    expect(can(employee, 'employee.list', instansi)).toBe(false);
    expect(() => authorize(employee, 'employee.list', instansi)).toThrowError(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
