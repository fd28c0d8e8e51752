import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../core/appraisal/policy-validation.js';
import { predikatOf } from '../../core/appraisal/predikat-matrix.js';
import { checkAttendance, checkInnovationDates } from '../../core/appraisal/records.js';
import { AS_OF, defaultDataset } from '../test-support.js';
import { generateEvaluationDemo } from './generate-evaluation-demo.js';

const data = defaultDataset();
const ev = generateEvaluationDemo(data, { seed: 1, asOf: AS_OF });

describe('generateEvaluationDemo', () => {
  it('is deterministic', () => {
    const again = generateEvaluationDemo(data, { seed: 1, asOf: AS_OF });
    expect(again.skp.slice(0, 50)).toEqual(ev.skp.slice(0, 50));
    expect(again.innovations).toEqual(ev.innovations);
    expect(generateEvaluationDemo(data, { seed: 2, asOf: AS_OF }).skp.slice(0, 50)).not.toEqual(
      ev.skp.slice(0, 50),
    );
  });

  it('has three annual periods and the quarters of 2026 up to asOf; the evaluated ones closed', () => {
    expect(ev.periods.map((p) => [p.code, p.close])).toEqual([
      ['2023', true],
      ['2024', true],
      ['2025', true],
      ['2026-TW1', true],
      ['2026-TW2', true],
      ['2026-TW3', false],
      ['2026-TW4', false],
    ]);
    expect(ev.skp.some((s) => s.periodCode === '2026-TW4')).toBe(false);
  });

  it.each(['2023', '2024', '2025', '2026-TW1', '2026-TW2', '2026-TW3'])(
    'gives %s a believable predikat spread: mostly Baik, 12-24% Sangat Baik, Kurang and Sangat Kurang rare',
    (code) => {
      const ratings = ev.skp.filter((s) => s.periodCode === code);
      const share = (p: string) =>
        ratings.filter((s) => predikatOf(s.hasilKerja, s.perilakuKerja) === p).length / ratings.length;
      expect(ratings.length).toBeGreaterThan(1800);
      expect(share('BAIK')).toBeGreaterThan(0.6);
      expect(share('SANGAT_BAIK')).toBeGreaterThan(0.12);
      expect(share('SANGAT_BAIK')).toBeLessThan(0.24);
      expect(share('BUTUH_PERBAIKAN')).toBeGreaterThan(0.05);
      expect(share('KURANG_MISCONDUCT') + share('SANGAT_KURANG')).toBeLessThan(0.03);
    },
  );

  it('keeps people consistent over the years, with drift', () => {
    const top = (code: string) =>
      new Set(
        ev.skp
          .filter((s) => s.periodCode === code && predikatOf(s.hasilKerja, s.perilakuKerja) === 'SANGAT_BAIK')
          .map((s) => s.nip),
      );
    const [a, b] = [top('2024'), top('2025')];
    const kept = [...a].filter((n) => b.has(n)).length / a.size;
    expect(kept).toBeGreaterThan(0.4);
    expect(kept).toBeLessThan(0.95);
  });

  it('writes valid records: attendance that fits its period, innovation dates that fit their status', () => {
    const periods = new Map(ev.periods.map((p) => [p.code, p]));
    for (const a of ev.attendance) expect(checkAttendance(a, periods.get(a.periodCode)!)).toEqual([]);
    for (const i of ev.innovations) {
      expect(checkInnovationDates(i.status, i)).toEqual([]);
      expect(i.members.filter((m) => m.role === 'LEAD')).toHaveLength(1);
    }
    expect(validatePolicy(ev.policy!.policy).ok).toBe(true);
  });

  it('has the registers the city would: named innovations and programmes with participants', () => {
    const titles = ev.innovations.map((i) => i.title);
    expect(titles).toContain('SIPADU Dukcapil');
    expect(titles.some((t) => t.startsWith('Aplikasi antrean daring Puskesmas'))).toBe(true);
    expect(ev.innovations.length).toBe(25);
    expect(ev.programs.map((p) => p.code)).toEqual(
      expect.arrayContaining(['STUNTING', 'SMART-CITY', 'PASCABANJIR-2025']),
    );
    for (const p of ev.programs) {
      expect(p.participants.length).toBeGreaterThan(2);
      for (const x of p.participants) {
        expect(x.startDate >= p.startDate && x.endDate >= x.startDate).toBe(true);
        if (p.endDate) expect(x.endDate <= p.endDate).toBe(true);
      }
    }
  });

  it('refers only to people and units of the data set', () => {
    const nips = new Set(data.employees.map((e) => e.nip));
    const units = new Set(data.units.map((u) => u.code));
    for (const s of ev.skp)
      expect(nips.has(s.nip) && (s.unitCode === null || units.has(s.unitCode))).toBe(true);
    for (const a of ev.assessments) expect(nips.has(a.nip)).toBe(true);
    for (const g of ev.unitGrades) expect(units.has(g.unitCode)).toBe(true);
  });
});
