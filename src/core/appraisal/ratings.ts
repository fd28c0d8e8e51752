import type { LocalizedMessage } from '../errors.js';

/**
 * The three-level scale on which both SKP dimensions are rated (PermenPANRB 6/2022, DOMAIN.md 5.2):
 * *hasil kerja* (results) and *perilaku kerja* (behaviour, the BerAKHLAK values).
 */
export const RATINGS = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'] as const;
export type Rating = (typeof RATINGS)[number];

/** The five statutory employee predikat, best first (PermenPANRB 6/2022, DOMAIN.md 5.2). */
export const PREDIKATS = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG_MISCONDUCT',
  'SANGAT_KURANG',
] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const RATING_LABELS: Readonly<Record<Rating, LocalizedMessage>> = {
  DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
};

export const PREDIKAT_LABELS: Readonly<Record<Predikat, LocalizedMessage>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG_MISCONDUCT: { id: 'Kurang/Misconduct', en: 'Poor/misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

// Spellings found in e-Kinerja exports and hand-made spreadsheets, compared without spaces,
// punctuation or case: "Di Atas Ekspektasi", "DIATAS", "di_atas_ekspektasi", "above".
const RATING_SPELLINGS: Readonly<Record<string, Rating>> = {
  DIATASEKSPEKTASI: 'DI_ATAS_EKSPEKTASI',
  DIATAS: 'DI_ATAS_EKSPEKTASI',
  ATAS: 'DI_ATAS_EKSPEKTASI',
  ABOVE: 'DI_ATAS_EKSPEKTASI',
  ABOVEEXPECTATIONS: 'DI_ATAS_EKSPEKTASI',
  SESUAIEKSPEKTASI: 'SESUAI_EKSPEKTASI',
  SESUAI: 'SESUAI_EKSPEKTASI',
  MEETS: 'SESUAI_EKSPEKTASI',
  MEETSEXPECTATIONS: 'SESUAI_EKSPEKTASI',
  DIBAWAHEKSPEKTASI: 'DI_BAWAH_EKSPEKTASI',
  DIBAWAH: 'DI_BAWAH_EKSPEKTASI',
  BAWAH: 'DI_BAWAH_EKSPEKTASI',
  BELOW: 'DI_BAWAH_EKSPEKTASI',
  BELOWEXPECTATIONS: 'DI_BAWAH_EKSPEKTASI',
};

/**
 * Reads a rating as people write it; null when the text is not on the three-level scale (numbers,
 * a predikat typed into a rating column, "Baik"...).
 * @example parseRating('Di atas ekspektasi') // 'DI_ATAS_EKSPEKTASI'
 */
export function parseRating(raw: unknown): Rating | null {
  if (typeof raw !== 'string') return null;
  const key = raw.toUpperCase().replace(/[^A-Z]/g, '');
  return RATING_SPELLINGS[key] ?? null;
}

/** The accepted spellings, for error messages. */
export const RATING_HINT = 'Di Atas Ekspektasi | Sesuai Ekspektasi | Di Bawah Ekspektasi';
