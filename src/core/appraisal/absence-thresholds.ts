import type { HukdisLevel, HukdisType } from '../model/employee.js';

/** One band of unexcused absence days with the penalty it calls for. */
export interface AbsenceBand {
  /** Inclusive bounds in unexcused working days, cumulated over one calendar year. */
  readonly fromDays: number;
  readonly toDays: number | null;
  readonly level: HukdisLevel;
  readonly penaltyType: HukdisType;
}

/**
 * Unexcused absence (*tidak masuk kerja tanpa alasan yang sah*) and the penalty it calls for under
 * PP 94/2021 and Peraturan BKN 6/2022 (DOMAIN.md 6.2; the 7-10 band is [S]). Fewer than 3 days
 * call for none.
 */
export const ABSENCE_BANDS: readonly AbsenceBand[] = [
  { fromDays: 3, toDays: 3, level: 'RINGAN', penaltyType: 'TEGURAN_LISAN' },
  { fromDays: 4, toDays: 6, level: 'RINGAN', penaltyType: 'TEGURAN_TERTULIS' },
  { fromDays: 7, toDays: 10, level: 'RINGAN', penaltyType: 'PERNYATAAN_TIDAK_PUAS' },
  { fromDays: 11, toDays: 13, level: 'SEDANG', penaltyType: 'POTONGAN_TPK_25_6_BULAN' },
  { fromDays: 14, toDays: 16, level: 'SEDANG', penaltyType: 'POTONGAN_TPK_25_9_BULAN' },
  { fromDays: 17, toDays: 20, level: 'SEDANG', penaltyType: 'POTONGAN_TPK_25_12_BULAN' },
  { fromDays: 21, toDays: 24, level: 'BERAT', penaltyType: 'PENURUNAN_JABATAN_12_BULAN' },
  { fromDays: 25, toDays: 27, level: 'BERAT', penaltyType: 'PEMBEBASAN_JABATAN_12_BULAN' },
  { fromDays: 28, toDays: null, level: 'BERAT', penaltyType: 'PDHTAPS' },
];

/** Ten consecutive unexcused working days lead to dismissal whatever the yearly total (DOMAIN.md 6.2). */
export const CONSECUTIVE_DAYS_FOR_DISMISSAL = 10;

export interface AbsencePenalty {
  readonly level: HukdisLevel;
  readonly penaltyType: HukdisType;
  /** `ABSENCE_YEARLY_TOTAL` or `ABSENCE_CONSECUTIVE`. */
  readonly rule: 'ABSENCE_YEARLY_TOTAL' | 'ABSENCE_CONSECUTIVE';
}

/**
 * The disciplinary penalty that unexcused absence calls for, or null below 3 days. Penata only
 * indicates it: the direct superior examines and decides (DOMAIN.md 6.3), and the case goes into
 * the disciplinary record.
 * @param unexcusedDaysInYear unexcused working days cumulated over the calendar year
 * @param longestConsecutiveDays the longest run of consecutive unexcused working days, when known
 * @example absencePenaltyFor(12) // { level: 'SEDANG', penaltyType: 'POTONGAN_TPK_25_6_BULAN', ... }
 */
export function absencePenaltyFor(
  unexcusedDaysInYear: number,
  longestConsecutiveDays = 0,
): AbsencePenalty | null {
  if (longestConsecutiveDays >= CONSECUTIVE_DAYS_FOR_DISMISSAL) {
    return { level: 'BERAT', penaltyType: 'PDHTAPS', rule: 'ABSENCE_CONSECUTIVE' };
  }
  const days = Math.floor(unexcusedDaysInYear);
  const band = ABSENCE_BANDS.find((b) => days >= b.fromDays && (b.toDays === null || days <= b.toDays));
  return band ? { level: band.level, penaltyType: band.penaltyType, rule: 'ABSENCE_YEARLY_TOTAL' } : null;
}
