import type { LocalizedMessage } from '../errors.js';
import type { AppraisalPolicy, NineBox, PotentialLevel } from './policy.js';
import type { Predikat, Rating } from './ratings.js';

// Rows: kinerja (performance); columns: potensi (DOMAIN.md 7.1, PermenPANRB 3/2020 Lampiran A).
const MATRIX: Readonly<Record<Rating, Readonly<Record<PotentialLevel, NineBox>>>> = {
  DI_ATAS_EKSPEKTASI: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 },
  SESUAI_EKSPEKTASI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 },
  DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 },
};

export const NINE_BOXES: readonly NineBox[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * The box of the talent grid (*Kotak 9*) for a performance row and a potential column, numbered
 * exactly as PermenPANRB 3/2020 Lampiran A (DOMAIN.md 7.1): 9 = above expectations and high potential,
 * 1 = below expectations and low potential.
 * @example nineBox('SESUAI_EKSPEKTASI', 'TINGGI') // 8
 */
export function nineBox(performance: Rating, potential: PotentialLevel): NineBox {
  return MATRIX[performance][potential];
}

/** The row and column of a box (the inverse of {@link nineBox}). */
export function boxPosition(box: NineBox): { performance: Rating; potential: PotentialLevel } {
  for (const [performance, row] of Object.entries(MATRIX) as [Rating, Record<PotentialLevel, NineBox>][]) {
    for (const [potential, b] of Object.entries(row) as [PotentialLevel, NineBox][]) {
      if (b === box) return { performance, potential };
    }
  }
  throw new RangeError(`no box ${box}`);
}

/**
 * The 9-box row of a person: from the statutory predikat by the policy's mapping (default, DOMAIN.md
 * 7.1), or, when the instansi chooses so, from the local index with its two thresholds (a score
 * equal to a threshold belongs to the higher row).
 * @example performanceLevel('BAIK', 72, DEFAULT_APPRAISAL_POLICY) // 'SESUAI_EKSPEKTASI'
 */
export function performanceLevel(predikat: Predikat, index: number, policy: AppraisalPolicy): Rating {
  const axis = policy.performanceAxis;
  if (axis.source === 'PREDIKAT') return axis.byPredikat[predikat];
  if (index >= axis.indexAbove) return 'DI_ATAS_EKSPEKTASI';
  if (index >= axis.indexMeets) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}

/** Name and usual follow-up of each box (DOMAIN.md 7.1; the follow-up is [U]). */
export const BOX_LABELS: Readonly<Record<NineBox, { name: LocalizedMessage; followUp: LocalizedMessage }>> = {
  9: {
    name: { id: 'Kotak 9: talenta terbaik', en: 'Box 9: top talent' },
    followUp: { id: 'Promosi; masuk rencana suksesi', en: 'Promotion; succession plan' },
  },
  8: {
    name: { id: 'Kotak 8: potensial tinggi', en: 'Box 8: high potential' },
    followUp: { id: 'Talent pool; pengembangan', en: 'Talent pool; development' },
  },
  7: {
    name: { id: 'Kotak 7: kinerja tinggi', en: 'Box 7: high performer' },
    followUp: { id: 'Talent pool; rotasi atau promosi', en: 'Talent pool; rotation or promotion' },
  },
  6: {
    name: { id: 'Kotak 6: potensi belum tampak di kinerja', en: 'Box 6: untapped potential' },
    followUp: { id: 'Bimbingan kinerja; rotasi', en: 'Performance coaching; rotation' },
  },
  5: {
    name: { id: 'Kotak 5: pegawai inti', en: 'Box 5: core employee' },
    followUp: { id: 'Pengembangan kompetensi', en: 'Competency development' },
  },
  4: {
    name: {
      id: 'Kotak 4: kinerja tinggi, potensi terbatas',
      en: 'Box 4: strong performer, limited potential',
    },
    followUp: { id: 'Penghargaan; pengayaan tugas', en: 'Recognition; job enrichment' },
  },
  3: {
    name: { id: 'Kotak 3: perlu pembinaan kinerja', en: 'Box 3: needs performance coaching' },
    followUp: { id: 'Bimbingan kinerja', en: 'Performance coaching' },
  },
  2: {
    name: { id: 'Kotak 2: perlu pengembangan', en: 'Box 2: needs development' },
    followUp: { id: 'Bimbingan dan pelatihan', en: 'Coaching and training' },
  },
  1: {
    name: { id: 'Kotak 1: perlu penanganan khusus', en: 'Box 1: needs attention' },
    followUp: {
      id: 'Penanganan sesuai ketentuan kinerja dan disiplin',
      en: 'Handle under performance and discipline rules',
    },
  },
};
