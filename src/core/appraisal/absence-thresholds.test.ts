import { describe, expect, it } from 'vitest';
import { ABSENCE_BANDS, absencePenaltyFor } from './absence-thresholds.js';

describe('absence thresholds (PP 94/2021, DOMAIN.md 6.2)', () => {
  it.each([0, 1, 2])('%i unexcused days call for no penalty', (days) => {
    expect(absencePenaltyFor(days)).toBeNull();
  });

  it.each([
    [3, 3, 'RINGAN', 'TEGURAN_LISAN'],
    [4, 6, 'RINGAN', 'TEGURAN_TERTULIS'],
    [7, 10, 'RINGAN', 'PERNYATAAN_TIDAK_PUAS'],
    [11, 13, 'SEDANG', 'POTONGAN_TPK_25_6_BULAN'],
    [14, 16, 'SEDANG', 'POTONGAN_TPK_25_9_BULAN'],
    [17, 20, 'SEDANG', 'POTONGAN_TPK_25_12_BULAN'],
    [21, 24, 'BERAT', 'PENURUNAN_JABATAN_12_BULAN'],
    [25, 27, 'BERAT', 'PEMBEBASAN_JABATAN_12_BULAN'],
  ])('%i-%i days: %s, %s', (from, to, level, penaltyType) => {
    for (const days of [from, to]) {
      expect(absencePenaltyFor(days)).toEqual({ level, penaltyType, rule: 'ABSENCE_YEARLY_TOTAL' });
    }
    expect(absencePenaltyFor(from - 1)?.penaltyType).not.toBe(penaltyType);
    expect(absencePenaltyFor(to + 1)?.penaltyType).not.toBe(penaltyType);
  });

  it.each([28, 40, 250])('%i days or more: dismissal (PDHTAPS)', (days) => {
    expect(absencePenaltyFor(days)).toEqual({
      level: 'BERAT',
      penaltyType: 'PDHTAPS',
      rule: 'ABSENCE_YEARLY_TOTAL',
    });
  });

  it('10 consecutive working days: dismissal, whatever the yearly total', () => {
    expect(absencePenaltyFor(10, 10)).toEqual({
      level: 'BERAT',
      penaltyType: 'PDHTAPS',
      rule: 'ABSENCE_CONSECUTIVE',
    });
    expect(absencePenaltyFor(9, 9)?.penaltyType).toBe('PERNYATAAN_TIDAK_PUAS');
  });

  it('has bands without gaps or overlaps from 3 days up', () => {
    let next = 3;
    for (const band of ABSENCE_BANDS) {
      expect(band.fromDays).toBe(next);
      next = (band.toDays ?? Number.POSITIVE_INFINITY) + 1;
    }
    expect(next).toBe(Number.POSITIVE_INFINITY);
  });
});
