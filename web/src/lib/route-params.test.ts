import { describe, expect, it } from 'vitest';
import { isNipParam, isRecordId } from './route-params';

describe('address parameters', () => {
  it('takes a positive whole number as a record id, nothing else', () => {
    for (const ok of ['1', '12', '2147483647']) expect(isRecordId(ok), ok).toBe(true);
    for (const bad of ['abc', '0', '-3', '1.5', '12abc', '', ' 7', '012', '1e3', '99999999999'])
      expect(isRecordId(bad), bad).toBe(false);
  });

  it('takes 18 digits as a NIP, with the spaces people type', () => {
    expect(isNipParam('198609262015051001')).toBe(true);
    expect(isNipParam('19860926 201505 1 001')).toBe(true);
    for (const bad of ['xyz', '19860926201505100', '1986092620150510011', '19860926201505100x'])
      expect(isNipParam(bad), bad).toBe(false);
  });
});
