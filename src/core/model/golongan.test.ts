import { describe, expect, it } from 'vitest';
import { GOLONGAN, golonganLabel, pangkatGolongan, parseGolongan } from './golongan.js';

describe('golongan', () => {
  it('has the 17 ranks of DOMAIN.md 3.1 in order', () => {
    expect(GOLONGAN.map((g) => g.label)).toEqual([
      'I/a',
      'I/b',
      'I/c',
      'I/d',
      'II/a',
      'II/b',
      'II/c',
      'II/d',
      'III/a',
      'III/b',
      'III/c',
      'III/d',
      'IV/a',
      'IV/b',
      'IV/c',
      'IV/d',
      'IV/e',
    ]);
    expect(pangkatGolongan(33)).toBe('Penata, III/c');
    expect(pangkatGolongan(42)).toBe('Pembina Tingkat I, IV/b');
  });

  it.each([
    ['III/c', 33],
    ['III-c', 33],
    ['III c', 33],
    ['3c', 33],
    ['3/C', 33],
    ['33', 33],
    [33, 33],
    ['Penata', 33],
    ['Penata Tk. I', 34],
    ['Penata Tingkat I', 34],
    ['Pembina Utama', 45],
    ['Penata, III/c', 33],
    ['Penata Muda (III/a)', 31],
    ['IV/e', 45],
    ['I/a', 11],
  ] as const)('reads %s as %i', (input, code) => {
    expect(parseGolongan(input)).toEqual({ ok: true, value: code });
  });

  it.each(['III/f', 'V/a', '3z', '46', 'Jenderal', '', null, 35])(
    'refuses %s with GOLONGAN_UNKNOWN',
    (input) => {
      const r = parseGolongan(input, 'minGolongan');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'GOLONGAN_UNKNOWN', field: 'minGolongan' });
    },
  );

  it('labels every code', () => {
    for (const g of GOLONGAN)
      expect(parseGolongan(golonganLabel(g.code))).toEqual({ ok: true, value: g.code });
  });
});
