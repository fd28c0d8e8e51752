import { describe, expect, it } from 'vitest';
import { boxPosition, NINE_BOXES, nineBox, performanceLevel } from './nine-box.js';
import { type AppraisalPolicy, DEFAULT_APPRAISAL_POLICY as P, type PotentialLevel } from './policy.js';
import { potentialLevel } from './potential.js';
import type { Rating } from './ratings.js';

// DOMAIN.md 7.1: rows kinerja, columns potensi.
const GRID: readonly [Rating, PotentialLevel, number][] = [
  ['DI_ATAS_EKSPEKTASI', 'RENDAH', 4],
  ['DI_ATAS_EKSPEKTASI', 'MENENGAH', 7],
  ['DI_ATAS_EKSPEKTASI', 'TINGGI', 9],
  ['SESUAI_EKSPEKTASI', 'RENDAH', 2],
  ['SESUAI_EKSPEKTASI', 'MENENGAH', 5],
  ['SESUAI_EKSPEKTASI', 'TINGGI', 8],
  ['DI_BAWAH_EKSPEKTASI', 'RENDAH', 1],
  ['DI_BAWAH_EKSPEKTASI', 'MENENGAH', 3],
  ['DI_BAWAH_EKSPEKTASI', 'TINGGI', 6],
];

describe('9-box numbering (PermenPANRB 3/2020, DOMAIN.md 7.1)', () => {
  it.each(GRID)('kinerja %s x potensi %s = box %i', (performance, potential, box) => {
    expect(nineBox(performance, potential)).toBe(box);
    expect(boxPosition(box as 1)).toEqual({ performance, potential });
  });

  it('uses every box once', () => {
    expect(GRID.map(([, , b]) => b).sort()).toEqual([...NINE_BOXES]);
  });
});

describe('potential boundaries (default 90 / 78)', () => {
  it.each([
    [100, 'TINGGI'],
    [90, 'TINGGI'],
    [89.99, 'MENENGAH'],
    [78, 'MENENGAH'],
    [77.99, 'RENDAH'],
    [0, 'RENDAH'],
  ])('score %d is %s', (score, level) => {
    expect(potentialLevel(score, P)).toBe(level);
  });
});

describe('performance row', () => {
  it('follows the predikat by default: only Sangat Baik is above, Butuh Perbaikan or worse below', () => {
    expect(performanceLevel('SANGAT_BAIK', 0, P)).toBe('DI_ATAS_EKSPEKTASI');
    expect(performanceLevel('BAIK', 100, P)).toBe('SESUAI_EKSPEKTASI');
    expect(performanceLevel('BUTUH_PERBAIKAN', 100, P)).toBe('DI_BAWAH_EKSPEKTASI');
    expect(performanceLevel('KURANG_MISCONDUCT', 100, P)).toBe('DI_BAWAH_EKSPEKTASI');
    expect(performanceLevel('SANGAT_KURANG', 100, P)).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('can put Baik in the top row, as some instansi do', () => {
    const policy: AppraisalPolicy = {
      ...P,
      performanceAxis: {
        ...P.performanceAxis,
        byPredikat: { ...P.performanceAxis.byPredikat, BAIK: 'DI_ATAS_EKSPEKTASI' },
      },
    };
    expect(performanceLevel('BAIK', 0, policy)).toBe('DI_ATAS_EKSPEKTASI');
  });

  it.each([
    [100, 'DI_ATAS_EKSPEKTASI'],
    [85, 'DI_ATAS_EKSPEKTASI'],
    [84.99, 'SESUAI_EKSPEKTASI'],
    [65, 'SESUAI_EKSPEKTASI'],
    [64.99, 'DI_BAWAH_EKSPEKTASI'],
    [0, 'DI_BAWAH_EKSPEKTASI'],
  ])('from the index (85 / 65): %d is %s', (index, level) => {
    const policy: AppraisalPolicy = { ...P, performanceAxis: { ...P.performanceAxis, source: 'INDEX' } };
    expect(performanceLevel('SANGAT_BAIK', index, policy)).toBe(level);
  });

  it.each([
    [89.99, 'SANGAT_BAIK', 7],
    [90, 'SANGAT_BAIK', 9],
    [77.99, 'BAIK', 2],
    [78, 'BAIK', 5],
    [90, 'BAIK', 8],
    [77.99, 'BUTUH_PERBAIKAN', 1],
    [78, 'BUTUH_PERBAIKAN', 3],
    [90, 'BUTUH_PERBAIKAN', 6],
    [77.99, 'SANGAT_BAIK', 4],
  ] as const)('potential %d with %s lands in box %i', (score, predikat, box) => {
    expect(nineBox(performanceLevel(predikat, 0, P), potentialLevel(score, P))).toBe(box);
  });
});
