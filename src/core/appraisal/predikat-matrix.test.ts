import { describe, expect, it } from 'vitest';
import { predikatOf } from './predikat-matrix.js';
import { type Predikat, parseRating, type Rating } from './ratings.js';

// DOMAIN.md 5.2, row by row: hasil kerja (results) x perilaku kerja (behaviour).
const CELLS: readonly [Rating, Rating, Predikat][] = [
  ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG_MISCONDUCT'],
  ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
  ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
  ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG_MISCONDUCT'],
  ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
  ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
  ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
  ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
];

describe('predikat matrix (PermenPANRB 6/2022, DOMAIN.md 5.2)', () => {
  it.each(CELLS)('hasil kerja %s x perilaku kerja %s = %s', (hasil, perilaku, predikat) => {
    expect(predikatOf(hasil, perilaku)).toBe(predikat);
  });

  it('covers all nine cells', () => {
    expect(new Set(CELLS.map(([h, p]) => `${h}/${p}`)).size).toBe(9);
  });

  it('caps the predikat at Kurang when behaviour is below expectations, whatever the results', () => {
    expect(predikatOf('DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).toBe('KURANG_MISCONDUCT');
  });
});

describe('parseRating', () => {
  it.each([
    ['Di Atas Ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['diatas ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['SESUAI', 'SESUAI_EKSPEKTASI'],
    ['Sesuai Ekspektasi ', 'SESUAI_EKSPEKTASI'],
    ['di_bawah_ekspektasi', 'DI_BAWAH_EKSPEKTASI'],
    ['below', 'DI_BAWAH_EKSPEKTASI'],
  ])('reads %j', (raw, rating) => {
    expect(parseRating(raw)).toBe(rating);
  });

  it.each(['Baik', 'Sangat Baik', '4', '', 'Istimewa'])('refuses %j (not on the scale)', (raw) => {
    expect(parseRating(raw)).toBeNull();
  });

  it('refuses numbers', () => {
    expect(parseRating(3)).toBeNull();
  });
});
