import { type PerformanceSnapshot, PREDIKATS, type Predikat, type TalentBox } from '../inputs.js';

/** A small deterministic hash (FNV-1a) of a text and a salt, as a number in [0, 1). */
function unit(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

const CUMULATIVE: readonly [Predikat, number][] = [
  ['SANGAT_BAIK', 0.2],
  ['BAIK', 0.82],
  ['BUTUH_PERBAIKAN', 0.94],
  ['KURANG_MISCONDUCT', 0.98],
  ['SANGAT_KURANG', 1],
];
const BASE_INDEX: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 88,
  BAIK: 76,
  BUTUH_PERBAIKAN: 62,
  KURANG_MISCONDUCT: 48,
  SANGAT_KURANG: 35,
};

/**
 * A believable evaluation for a demo or benchmark person, derived from their NIP: 10% have no data
 * at all; predikat mostly Baik; an index around the predikat; a talent box for 70%. For tests and
 * benchmarks only (the demo data set has no evaluations yet).
 * @example syntheticPerformance('198101192013032001', 2026).annualPredikat // [{ year: 2025, ... }, ...]
 */
export function syntheticPerformance(nip: string, asOfYear: number): PerformanceSnapshot {
  if (unit(nip, 1) < 0.1) return { annualPredikat: [], performanceIndex: null, talentBox: null };
  const annualPredikat = [1, 2, 3].map((back) => {
    const u = unit(nip, 10 + back);
    const predikat = CUMULATIVE.find(([, c]) => u < c)?.[0] ?? 'BAIK';
    return { year: asOfYear - back, predikat };
  });
  const last = annualPredikat[0]!.predikat;
  const index = Math.round((BASE_INDEX[last] + (unit(nip, 20) - 0.5) * 16) * 10) / 10;
  const row = PREDIKATS.indexOf(last) === 0 ? 2 : PREDIKATS.indexOf(last) === 1 ? 1 : 0;
  const col = Math.floor(unit(nip, 30) * 3);
  const boxes: readonly (readonly TalentBox[])[] = [
    [1, 3, 6],
    [2, 5, 8],
    [4, 7, 9],
  ];
  return {
    annualPredikat,
    performanceIndex: Math.min(100, Math.max(0, index)),
    talentBox: unit(nip, 40) < 0.3 ? null : boxes[row]![col]!,
  };
}
