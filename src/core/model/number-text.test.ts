import { describe, expect, it } from 'vitest';
import { decimalText } from './number-text.js';

describe('decimalText', () => {
  it('writes a decimal comma in Indonesian and a point in English, rounded', () => {
    expect(decimalText(71.25, 1, 'id')).toBe('71,3');
    expect(decimalText(71.25, 1, 'en')).toBe('71.3');
    expect(decimalText(12.345, 2, 'id')).toBe('12,35');
    expect(decimalText(-0.5, 2, 'id')).toBe('-0,5');
    expect(decimalText(60, 1, 'id')).toBe('60');
  });
});
