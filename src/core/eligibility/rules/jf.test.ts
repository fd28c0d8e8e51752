import { describe, expect, it } from 'vitest';
import { buildCandidate, buildPost, outcome, ruleResult, step } from '../../matching/testing/factories.js';
import type { GolonganCode } from '../../model/golongan.js';
import { JF_LEVELS, RANK_RANGE_BY_JF_LEVEL } from '../../model/position.js';

const ranked = (g: GolonganCode) => buildCandidate({}, { golongan: g });
const AHLI_PERTAMA = { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' } as const;

describe('R-JF-BAND (DOMAIN.md 2.2, 15.2): a JF level follows rank', () => {
  for (const level of JF_LEVELS) {
    const { min, max } = RANK_RANGE_BY_JF_LEVEL[level];
    const category = level.startsWith('AHLI') ? 'KEAHLIAN' : 'KETERAMPILAN';
    const post = buildPost({ grade: { kind: 'JF', jfCategory: category, jfLevel: level } as never });
    it(`${level}: passes at ${min} and ${max}, blocks just outside`, () => {
      expect(outcome('R-JF-BAND', ranked(min), post)).toBe('PASS');
      expect(outcome('R-JF-BAND', ranked(max), post)).toBe('PASS');
      const below = (min % 10 === 1 ? min - 7 : min - 1) as GolonganCode;
      const above = (max % 10 === 4 && max < 40 ? max + 7 : max + 1) as GolonganCode;
      expect(outcome('R-JF-BAND', ranked(below), post)).toBe('BLOCK');
      if (above <= 45) expect(outcome('R-JF-BAND', ranked(above), post)).toBe('BLOCK');
    });
  }

  it('a IV/a is not moved into Ahli Pertama, and says why', () => {
    const r = ruleResult('R-JF-BAND', ranked(41), buildPost({ grade: AHLI_PERTAMA }));
    expect(r?.status).toBe('BLOCK');
    expect(r?.message.id).toContain('IV/a');
    expect(r?.message.id).toContain('Ahli Pertama');
  });

  it('leaves the holder of the post alone (a stay is no move)', () => {
    const holder = ranked(41);
    expect(outcome('R-JF-BAND', holder, buildPost({ id: 1, grade: AHLI_PERTAMA }))).toBe('PASS');
  });
});

describe('R-JF-ENTRY and R-JF-KELUAR (DOMAIN.md 15.2)', () => {
  const nurseCareer = [step(1, AHLI_PERTAMA, '2015-01-01', null, { family: 'HEALTH_NURSING' })];

  it('flags entering a JF from a pelaksana post for the competency test', () => {
    expect(outcome('R-JF-ENTRY', buildCandidate(), buildPost({ grade: AHLI_PERTAMA }))).toBe('WARN');
  });

  it('does not flag a move within the same JF family', () => {
    const nurse = buildCandidate({ career: nurseCareer });
    const post = buildPost({ grade: AHLI_PERTAMA, family: 'HEALTH_NURSING' });
    expect(outcome('R-JF-ENTRY', nurse, post)).toBe('PASS');
  });

  it('leaving a JF for a pelaksana post is a lateral move with a warning, not a demotion', () => {
    const nurse = buildCandidate({ career: nurseCareer });
    expect(outcome('R-JF-KELUAR', nurse, buildPost())).toBe('WARN');
    expect(outcome('R-DEMOSI', nurse, buildPost())).toBe('PASS');
  });

  it("gives such a lateral move none of a demotion's exemptions: the 2-year minimum still applies", () => {
    const recent = buildCandidate({
      career: [step(1, AHLI_PERTAMA, '2025-09-01', null, { family: 'HEALTH_NURSING' })],
    });
    expect(outcome('R-TENURE-MIN', recent, buildPost())).toBe('BLOCK');
  });
});

describe('R-EDU-OVER (DOMAIN.md 15.5): over-qualification warns', () => {
  const sma = { minLevel: 'SMA', fields: [] } as const;
  const d3 = { minLevel: 'D3', fields: [] } as const;
  it('warns for an S1 graduate moved into a post asking SMA or D3, passes at S1', () => {
    expect(outcome('R-EDU-OVER', buildCandidate(), buildPost({ educationRequirements: [sma] }))).toBe('WARN');
    expect(outcome('R-EDU-OVER', buildCandidate(), buildPost({ educationRequirements: [d3] }))).toBe('WARN');
    const s1 = buildPost({ educationRequirements: [{ minLevel: 'S1', fields: [] }] });
    expect(outcome('R-EDU-OVER', buildCandidate(), s1)).toBe('PASS');
  });

  it('treats a master in a post asking S1 as no over-qualification (career development)', () => {
    const master = buildCandidate(
      {},
      {
        education: [
          {
            level: 'S2',
            field: 'MANAGEMENT',
            major: 'S2 Manajemen',
            institution: 'USU',
            graduationYear: 2015,
          },
        ],
      },
    );
    expect(
      outcome('R-EDU-OVER', master, buildPost({ educationRequirements: [{ minLevel: 'S1', fields: [] }] })),
    ).toBe('PASS');
  });
});
