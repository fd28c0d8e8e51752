import { describe, expect, it } from 'vitest';
import type { EmployeeDraft } from '../core/model/drafts.js';
import { EDUCATION_FIELDS, highestEducation } from '../core/model/education.js';
import { HUKDIS_TYPES_BY_LEVEL } from '../core/model/employee.js';
import { isGolonganCode } from '../core/model/golongan.js';
import { addDays, ageOn, wholeMonthsBetween } from '../core/model/local-date.js';
import { parseNip } from '../core/model/nip.js';
import { fieldFits } from './reference/family-fields.js';
import { AS_OF, defaultDataset, indexDataset } from './test-support.js';

const data = defaultDataset();
const ix = indexDataset(data);
const n = data.employees.length;
const share = (count: number) => count / n;

/** Runs a check on every employee and lists the NIPs and reasons of those that fail it. */
function problems(check: (e: EmployeeDraft) => string | null | undefined): string[] {
  const out: string[] = [];
  for (const e of data.employees) {
    const reason = check(e);
    if (reason) out.push(`${e.nip}: ${reason}`);
  }
  return out.slice(0, 10);
}

describe('employees: identity and NIP', () => {
  it('have NIPs that parse with their employment type, are unique and match birth date and gender', () => {
    expect(new Set(data.employees.map((e) => e.nip)).size).toBe(n);
    const bad = problems((e) => {
      const r = parseNip(e.nip, { employmentType: e.employmentType, asOf: AS_OF });
      if (!r.ok) return r.error.rule;
      const { birthDate, gender, tmtCpns } = r.value.parts;
      if (birthDate !== e.birthDate || gender !== e.gender || tmtCpns !== e.tmtCpns) return 'parts differ';
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('are born 1966-2003, younger than retirement age, with names and consistent titles', () => {
    const bad = problems((e) => {
      const year = Number(e.birthDate.slice(0, 4));
      if (year < 1966 || year > 2003) return `born ${year}`;
      if (ageOn(e.birthDate, AS_OF) >= 60) return 'past retirement age';
      if (e.name.split(' ').length < 2) return `name ${e.name}`;
      const majors = e.education.map((x) => x.major);
      if (e.frontTitle?.includes('dr.') && !majors.includes('S1 Pendidikan Dokter'))
        return 'dr. without medicine';
      if (e.frontTitle?.includes('Ns.') && !majors.includes('S1 Keperawatan')) return 'Ns. without nursing';
      if (e.gender === 'M' && e.education.some((x) => x.field === 'HEALTH_MIDWIFERY')) return 'male midwife';
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('are mostly PNS, with recent CPNS and some PPPK teachers and health workers', () => {
    const by = (t: string) => data.employees.filter((e) => e.employmentType === t);
    expect(share(by('PNS').length)).toBeGreaterThan(0.75);
    expect(by('CPNS').every((e) => wholeMonthsBetween(e.tmtCpns!, AS_OF) < 12)).toBe(true);
    const pppk = by('PPPK');
    expect(pppk.length).toBeGreaterThan(50);
    expect(pppk.filter((e) => ix.current(e).grade.kind === 'JF').length / pppk.length).toBeGreaterThan(0.8);
    expect(pppk.every((e) => e.tmtCpns === null && e.rankHistory.length === 0)).toBe(true);
  });

  it('are mostly active, some on leave, a few on study leave', () => {
    const count = (s: string) => data.employees.filter((e) => e.status === s).length;
    expect(share(count('ACTIVE'))).toBeGreaterThan(0.95);
    expect(count('LEAVE')).toBeGreaterThan(5);
    expect(count('TUGAS_BELAJAR')).toBeGreaterThan(0);
  });
});

describe('employees: ranks and education', () => {
  it('have valid golongan rising from the entry rank, structural officials mostly at or above the post minimum', () => {
    const bad = problems((e) => {
      for (const [i, r] of e.rankHistory.entries()) {
        const prev = e.rankHistory[i - 1];
        if (!isGolonganCode(r.golongan)) return `golongan ${r.golongan}`;
        if (prev && (r.golongan <= prev.golongan || r.tmt <= prev.tmt)) return 'rank history not rising';
        if (r.tmt > AS_OF) return 'rank in the future';
      }
      return null;
    });
    expect(bad).toEqual([]);
    // A structural official may sit one or two ranks below the eselon's minimum (a WARN, DOMAIN.md
    // 2.3; the generator draws it for about 14 %); a JF level follows rank (DOMAIN.md 2.2), so no JF
    // holder is below their level's minimum.
    const graded = data.employees.filter((e) => ix.current(e).minGolongan && e.rankHistory.length);
    const isBelow = (e: EmployeeDraft) => e.rankHistory.at(-1)!.golongan < ix.current(e).minGolongan!;
    const structural = graded.filter((e) => ix.category(ix.current(e)) === 'STRUCTURAL');
    const below = structural.filter(isBelow);
    expect(below.length / structural.length).toBeGreaterThan(0.05);
    expect(below.length / structural.length).toBeLessThan(0.25);
    expect(graded.filter((e) => ix.category(ix.current(e)) === 'JF' && isBelow(e))).toEqual([]);
  });

  it('have 1-3 education entries with known fields, oldest first', () => {
    const bad = problems((e) => {
      if (e.education.length < 1 || e.education.length > 3) return `${e.education.length} entries`;
      for (const [i, x] of e.education.entries()) {
        if (!EDUCATION_FIELDS.includes(x.field)) return `field ${x.field}`;
        if (x.graduationYear > 2026) return `graduates ${x.graduationYear}`;
        if (i > 0 && x.graduationYear < e.education[i - 1]!.graduationYear) return 'not oldest first';
      }
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('mostly studied what their post needs, but 8-18 % did not', () => {
    const misfits = data.employees.filter((e) => {
      const p = ix.current(e);
      const h = highestEducation(e.education)!;
      return !fieldFits(h.field, h.level, p.educationRequirements[0]?.fields ?? [], p.family);
    });
    expect(share(misfits.length)).toBeGreaterThan(0.08);
    expect(share(misfits.length)).toBeLessThan(0.18);
  });

  it('put at least 30 health graduates outside the health units and IT graduates outside Diskominfo', () => {
    const outside = (field: (f: string) => boolean, root: string) =>
      data.employees.filter(
        (e) => field(highestEducation(e.education)!.field) && ix.rootOf(ix.current(e).unitCode) !== root,
      );
    expect(outside((f) => f.startsWith('HEALTH'), 'DINKES').length).toBeGreaterThanOrEqual(30);
    expect(outside((f) => f === 'IT', 'DISKOMINFO').length).toBeGreaterThanOrEqual(20);
  });
});

describe('employees: position histories and seats', () => {
  it('reference existing posts, are contiguous and oldest first, with exactly one open post', () => {
    const sk = /^(800\.1\.3\.3\/\d+\/BKPSDM|821\.2\/\d+\/BKD)\/\d{4}$/;
    const bad = problems((e) => {
      const h = e.positionHistory;
      if (h.length < 1 || h.length > 5) return `${h.length} assignments`;
      if (h.filter((a) => a.endDate === null).length !== 1 || h.at(-1)!.endDate !== null)
        return 'open assignment';
      if (e.tmtCpns && h[0]!.startDate !== e.tmtCpns) return 'first post not at TMT CPNS';
      if (h.at(-1)!.startDate > AS_OF) return 'current post starts after asOf';
      for (const [i, a] of h.entries()) {
        if (!ix.positions.has(a.positionCode)) return `unknown post ${a.positionCode}`;
        if (!sk.test(a.skNumber ?? '')) return `SK ${a.skNumber}`;
        if (a.endDate && a.endDate < a.startDate) return 'ends before it starts';
        if (i > 0 && h[i - 1]!.endDate !== addDays(a.startDate, -1)) return 'gap or overlap';
      }
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('never seat more holders than seats, leaving 5-8 % vacant and some strategic posts empty', () => {
    const holders = new Map<string, number>();
    for (const e of data.employees)
      holders.set(ix.current(e).code, (holders.get(ix.current(e).code) ?? 0) + 1);
    const overfull = data.positions.filter((p) => (holders.get(p.code) ?? 0) > p.seats).map((p) => p.code);
    expect(overfull).toEqual([]);
    const seats = data.positions.reduce((sum, p) => sum + p.seats, 0);
    expect(1 - n / seats).toBeGreaterThan(0.05);
    expect(1 - n / seats).toBeLessThan(0.08);
    expect(data.positions.filter((p) => p.isStrategic && !holders.has(p.code)).length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('follow the national proportions and spread the time in post', () => {
    const count = (c: string) => data.employees.filter((e) => ix.category(ix.current(e)) === c).length;
    expect(share(count('STRUCTURAL'))).toBeGreaterThan(0.08);
    expect(share(count('STRUCTURAL'))).toBeLessThan(0.15);
    expect(share(count('JF'))).toBeGreaterThan(0.45);
    expect(share(count('JF'))).toBeLessThan(0.57);
    expect(share(count('PELAKSANA'))).toBeGreaterThan(0.32);
    expect(share(count('PELAKSANA'))).toBeLessThan(0.44);
    const teachersAndHealth = data.employees.filter((e) =>
      /^(EDUCATION_TEACHING|HEALTH_)/.test(ix.current(e).family),
    ).length;
    expect(teachersAndHealth / count('JF')).toBeGreaterThan(0.7);
    const months = data.employees.map((e) => wholeMonthsBetween(e.positionHistory.at(-1)!.startDate, AS_OF));
    expect(share(months.filter((m) => m < 24).length)).toBeGreaterThan(0.1);
    expect(share(months.filter((m) => m >= 24 && m < 60).length)).toBeGreaterThan(0.4);
    expect(share(months.filter((m) => m >= 60).length)).toBeGreaterThan(0.14);
    expect(share(months.filter((m) => m >= 60).length)).toBeLessThan(0.25);
  });
});

describe('employees: assessments, trainings, discipline', () => {
  it('assess about 60 % (every structural official) on the codes of their post', () => {
    expect(share(data.employees.filter((e) => e.competencyAssessments.length > 0).length)).toBeGreaterThan(
      0.55,
    );
    expect(share(data.employees.filter((e) => e.competencyAssessments.length > 0).length)).toBeLessThan(0.65);
    const bad = problems((e) => {
      const p = ix.current(e);
      if (ix.category(p) === 'STRUCTURAL' && e.competencyAssessments.length !== 1)
        return 'structural not assessed';
      for (const a of e.competencyAssessments) {
        if (a.scores.map((s) => s.code).join() !== p.competencyStandard.map((s) => s.code).join())
          return 'codes differ';
        if (a.assessedOn > AS_OF || a.assessedOn <= '2023-11-01') return `assessed ${a.assessedOn}`;
        if (!a.validUntil || a.validUntil <= a.assessedOn) return 'validity';
      }
      return null;
    });
    expect(bad).toEqual([]);
  });

  it('record 0-6 trainings of 8-80 JP, finished by asOf', () => {
    const bad = problems((e) => {
      if (e.trainings.length > 6) return `${e.trainings.length} trainings`;
      const t = e.trainings.find(
        (x) => x.hours < 8 || x.hours > 80 || x.startDate > x.endDate || x.endDate > AS_OF,
      );
      return t ? `training ${t.name}` : null;
    });
    expect(bad).toEqual([]);
    expect(
      data.employees.some((e) => e.trainings.some((t) => t.name === 'Pelatihan Dasar CPNS (Latsar)')),
    ).toBe(true);
  });

  it('give about 3 % a PP 94/2021 case: most finished, some served now, some still open', () => {
    const cases = data.employees.flatMap((e) => e.disciplinaryCases);
    expect(share(cases.length)).toBeGreaterThan(0.015);
    expect(share(cases.length)).toBeLessThan(0.05);
    for (const c of cases) {
      if (c.level && c.penaltyType)
        expect(HUKDIS_TYPES_BY_LEVEL[c.level] as readonly string[]).toContain(c.penaltyType);
      if (c.status === 'DIJATUHI') expect(c.endDate! > AS_OF).toBe(true);
      if (c.status === 'SELESAI') expect(c.endDate! < AS_OF).toBe(true);
      if (c.status === 'DUGAAN' || c.status === 'PEMERIKSAAN') expect(c.decisionNumber).toBeNull();
    }
    expect(cases.filter((c) => c.status === 'SELESAI').length).toBeGreaterThan(cases.length / 3);
    expect(cases.some((c) => c.status === 'DIJATUHI')).toBe(true);
    expect(cases.some((c) => c.status === 'DUGAAN' || c.status === 'PEMERIKSAAN')).toBe(true);
  });
});
