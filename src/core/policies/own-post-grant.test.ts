import { describe, expect, it } from 'vitest';
import type { Resource } from './actions.js';
import { can } from './policy.js';
import type { Principal } from './roles.js';

const employee: Principal = { userId: 9, instansiId: 1, role: 'EMPLOYEE', employeeId: 42 };
const post = (holderIds?: number[], instansiId = 1): Resource => ({
  type: 'position',
  instansiId,
  positionId: 7,
  unitId: 3,
  ...(holderIds ? { holderIds } : {}),
});

describe('an employee and the post she holds', () => {
  it('may read the post she holds now', () => {
    expect(can(employee, 'position.read', post([41, 42]))).toBe(true);
  });

  it('may not read another post, a post of another instansi, or a post whose holders are not given', () => {
    expect(can(employee, 'position.read', post([41]))).toBe(false);
    expect(can(employee, 'position.read', post([42], 2))).toBe(false);
    expect(can(employee, 'position.read', post())).toBe(false);
  });

  it('still may not list posts, edit hers, or see its candidates', () => {
    expect(can(employee, 'position.list', { type: 'instansi', instansiId: 1 })).toBe(false);
    expect(can(employee, 'position.update', post([42]))).toBe(false);
    expect(can(employee, 'match.read', post([42]))).toBe(false);
  });

  it('gives other roles nothing new through the holders', () => {
    const head: Principal = { userId: 5, instansiId: 1, role: 'OPD_HEAD', unitIds: [8] };
    expect(can(head, 'position.read', post([42]))).toBe(false);
  });
});
