import type { Predikat, Rating } from './ratings.js';

/**
 * The version of the rules a stored predikat was derived with. Stored next to every predikat so a
 * later change of the matrix never rewrites history.
 */
export const PREDIKAT_RULES_VERSION = 'PermenPANRB-6-2022/lampiran/v1';

// Rows: hasil kerja; columns: perilaku kerja (DOMAIN.md 5.2).
const MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG_MISCONDUCT',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG_MISCONDUCT',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/**
 * The statutory predikat kinerja of an employee from the two SKP ratings, by the 3x3 matrix of
 * PermenPANRB 6/2022 (Lampiran; DOMAIN.md 5.2). Behaviour below expectations caps the predikat at
 * "Kurang/Misconduct" whatever the results. The predikat is always derived, never typed in.
 * @example predikatOf('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI') // 'BAIK'
 */
export function predikatOf(hasilKerja: Rating, perilakuKerja: Rating): Predikat {
  return MATRIX[hasilKerja][perilakuKerja];
}
