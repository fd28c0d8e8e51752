import { describe, expect, it } from 'vitest';
import type { LocalDate } from './local-date.js';
import { formatNip, parseNip } from './nip.js';

const asOf = '2026-11-28' as LocalDate;

describe('parseNip', () => {
  it('accepts a PNS NIP with spaces and returns its parts', () => {
    const r = parseNip('19860926 201505 1 001', { employmentType: 'PNS', asOf });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.nip).toBe('198609262015051001');
    expect(r.value.parts).toEqual({
      birthDate: '1986-09-26',
      tmtCpns: '2015-05-01',
      gender: 'M',
      sequence: 1,
    });
  });

  it.each([
    ['1986092620150510', 'NIP_LENGTH'],
    ['19860926201505100A', 'NIP_FORMAT'],
    ['198609262015053001', 'NIP_GENDER_DIGIT'],
    ['198602302015051001', 'NIP_BIRTH_DATE'],
    ['193012012015051001', 'NIP_BIRTH_DATE'],
    ['198609262015131001', 'NIP_TMT'],
    ['198609262030011001', 'NIP_TMT'],
    ['198609261999011001', 'NIP_TMT'],
    ['198609262015051000', 'NIP_SEQUENCE'],
  ])('refuses %s with rule %s, naming the field and both messages', (raw, rule) => {
    const r = parseNip(raw, { employmentType: 'PNS', asOf, field: 'nip' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ field: 'nip', code: 'NIP_INVALID', rule, value: raw });
    expect(r.error.message.id).toMatch(/NIP/);
    expect(r.error.message.en).toMatch(/NIP/);
  });

  it('does not read digits 13-14 of a PPPK number as a month', () => {
    expect(parseNip('19900913 2025 24 2 014', { employmentType: 'PPPK', asOf }).ok).toBe(true);
    expect(parseNip('19900913 2025 24 2 014', { employmentType: 'PNS', asOf }).ok).toBe(false);
  });

  it('accepts either layout when the employment type is not known (a NIP typed to find someone)', () => {
    const pppk = parseNip('19900913 2025 24 2 014', { asOf });
    expect(pppk.ok && pppk.value.parts.tmtCpns).toBeNull();
    const pns = parseNip('19860926 201505 1 001', { asOf });
    expect(pns.ok && pns.value.parts.tmtCpns).toBe('2015-05-01');
    // Neither layout: the PNS reading's error names the rule.
    const bad = parseNip('19860926 209913 1 001', { asOf });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.rule).toBe('NIP_TMT');
  });

  it('refuses a NIP that lost its digits in a spreadsheet (scientific notation)', () => {
    const r = parseNip(1.98609262015051e17, { employmentType: 'PNS', asOf });
    expect(r.ok).toBe(false);
  });

  it('formats with the conventional spaces', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
  });
});
