import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { checkDistribution } from './distribution-check.js';
import { DEFAULT_APPRAISAL_POLICY as P } from './policy.js';
import { gridCounts } from './talent-grid.js';
import { heaviestPenaltyIn, talentPoolDecision } from './talent-pool.js';

const d = (s: string) => s as LocalDate;

describe('distribution curve (DOMAIN.md 5.3)', () => {
  it('warns an OPD graded Baik with more than 70% Baik and nobody below', () => {
    const warnings = checkDistribution('BAIK', { BAIK: 9, SANGAT_BAIK: 1 }, P);
    expect(warnings.map((w) => w.kind)).toEqual(['MAX_SHARE', 'MIN_COUNT']);
    expect(warnings[0]).toMatchObject({ count: 9, total: 10, share: 0.9 });
    expect(warnings[0]!.message.id).toMatch(/90%.*melebihi batas 70%/);
  });

  it('names the grade and the predikat in words, with a decimal comma in Indonesian', () => {
    // 5 of 12 = 41.7%, below the 60% a "Butuh Perbaikan" organisation is expected to have.
    const [w] = checkDistribution('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 5, BAIK: 7 }, P);
    expect(w!.message.id).toBe(
      'Predikat Butuh Perbaikan hanya 41,7% (5 dari 12); minimal 60% untuk organisasi berpredikat Butuh Perbaikan',
    );
    expect(w!.message.en).toContain('41.7%');
    expect(w!.message.en).toContain('graded Needs improvement');
  });

  it('is quiet when the curve holds', () => {
    expect(checkDistribution('BAIK', { SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 2 }, P)).toEqual([]);
    expect(checkDistribution('BAIK', {}, P)).toEqual([]);
  });

  it('applies the rules of each grade', () => {
    expect(checkDistribution('ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 }, P).map((w) => w.kind)).toEqual([
      'MAX_SHARE',
    ]);
    expect(
      checkDistribution('BUTUH_PERBAIKAN', { SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 5, BAIK: 3 }, P).map(
        (w) => w.kind,
      ),
    ).toEqual(['MIN_SHARE', 'MAX_SHARE']);
    expect(checkDistribution('SANGAT_KURANG', { SANGAT_BAIK: 1, SANGAT_KURANG: 9 }, P)).toHaveLength(1);
  });
});

describe('talent pool', () => {
  const sedang = { status: 'SELESAI' as const, level: 'SEDANG' as const, decisionDate: d('2024-05-02') };
  const span = { startDate: d('2024-05-02'), endDate: d('2024-11-01') };

  it('takes boxes 7, 8 and 9 by default', () => {
    expect(talentPoolDecision(9, [], d('2025-12-31'), P)).toEqual({ member: true, exclusion: null });
    expect(talentPoolDecision(6, [], d('2025-12-31'), P)).toEqual({
      member: false,
      exclusion: 'BOX_NOT_IN_POOL',
    });
    expect(talentPoolDecision(null, [], d('2025-12-31'), P).exclusion).toBe('NOT_PLACED');
  });

  it('keeps out someone with a medium or heavy penalty in the look-back window', () => {
    expect(talentPoolDecision(8, [{ ...sedang, ...span }], d('2025-12-31'), P).exclusion).toBe(
      'RECENT_PENALTY',
    );
    expect(talentPoolDecision(8, [{ ...sedang, ...span }], d('2026-06-30'), P).member).toBe(true);
    const ringan = { ...sedang, ...span, level: 'RINGAN' as const };
    expect(talentPoolDecision(8, [ringan], d('2025-12-31'), P).member).toBe(true);
  });

  it('finds the heaviest decided penalty overlapping a period', () => {
    const cases = [
      { ...sedang, ...span },
      {
        status: 'PEMERIKSAAN' as const,
        level: 'BERAT' as const,
        decisionDate: null,
        startDate: null,
        endDate: null,
      },
      {
        status: 'SELESAI' as const,
        level: 'RINGAN' as const,
        decisionDate: d('2025-02-01'),
        startDate: null,
        endDate: null,
      },
    ];
    expect(heaviestPenaltyIn(cases, d('2024-01-01'), d('2024-12-31'))).toBe('SEDANG');
    expect(heaviestPenaltyIn(cases, d('2025-01-01'), d('2025-12-31'))).toBe('RINGAN');
    expect(heaviestPenaltyIn(cases, d('2026-01-01'), d('2026-03-31'))).toBeNull();
  });
});

describe('grid counts', () => {
  it('counts everyone once: in a box or unplaced with the reason', () => {
    const counts = gridCounts([
      { box: 9, potentialStatus: 'ASSESSED' },
      { box: 5, potentialStatus: 'ASSESSED' },
      { box: 5, potentialStatus: 'ASSESSED' },
      { box: null, potentialStatus: 'NO_ASSESSMENT' },
      { box: null, potentialStatus: 'ASSESSMENT_EXPIRED' },
    ]);
    expect(counts).toMatchObject({
      population: 5,
      placed: 3,
      unplaced: { NO_ASSESSMENT: 1, ASSESSMENT_EXPIRED: 1 },
    });
    expect(counts.boxes).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 2, 6: 0, 7: 0, 8: 0, 9: 1 });
  });
});
