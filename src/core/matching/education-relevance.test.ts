import { describe, expect, it } from 'vitest';
import { fieldIndex } from '../eligibility/facts/facts.js';
import type { EducationField } from '../model/education.js';
import { DEFAULT_EDUCATION_RELEVANCE } from './default-education-relevance.js';
import {
  type EducationRelevanceTable,
  type RelevanceTarget,
  relevanceRow,
  validateRelevanceTable,
} from './education-relevance.js';

const T = DEFAULT_EDUCATION_RELEVANCE;
const target = (over: Partial<RelevanceTarget>): RelevanceTarget => ({
  family: 'GENERAL_ADMIN',
  opdCode: 'DISHUB',
  lineageKinds: ['BIDANG', 'OPD'],
  educationRequirements: [{ minLevel: 'SMA', fields: [] }],
  ...over,
});
const points = (table: EducationRelevanceTable, field: EducationField, t: RelevanceTarget) =>
  relevanceRow(table, t)[fieldIndex(field)];

describe('education relevance', () => {
  it('makes the position family the primary signal: a health field is core in a health-family post only', () => {
    for (const family of ['HEALTH_NURSING', 'HEALTH_MEDICAL', 'HEALTH_PUBLIC'] as const) {
      expect(points(T, 'HEALTH_NURSING', target({ family, opdCode: 'DINKES' }))).toBeGreaterThanOrEqual(
        T.values.related,
      );
    }
    expect(points(T, 'HEALTH_NURSING', target({ family: 'HEALTH_NURSING', opdCode: 'DISHUB' }))).toBe(100);
    expect(points(T, 'HEALTH_MIDWIFERY', target({ family: 'HEALTH_NURSING', opdCode: 'DINKES' }))).toBe(100);
  });

  it('lets Dinas Kesehatan, RSUD and puskesmas lift a health field to "related" at most, never core', () => {
    // The driver or clerk post of a health unit (family GENERAL_ADMIN): related, clearly below core.
    const units: Partial<RelevanceTarget>[] = [
      { opdCode: 'DINKES' },
      { opdCode: 'DINKES', lineageKinds: ['BIDANG', 'RUMAH_SAKIT', 'OPD'] },
      { opdCode: 'DINKES', lineageKinds: ['PUSKESMAS', 'OPD'] },
      { opdCode: 'RSUD' },
    ];
    for (const u of units) {
      expect(points(T, 'HEALTH_NURSING', target(u))).toBe(T.values.related);
      expect(points(T, 'HEALTH_MIDWIFERY', target(u))).toBe(T.values.related);
    }
    expect(T.values.related).toBeLessThan(T.values.core);
    // The same post outside health units: not relevant.
    expect(points(T, 'HEALTH_NURSING', target({}))).toBe(0);
    // The family's own core fields stay core in a health unit.
    expect(points(T, 'SOCIAL_GOVERNMENT', target({ opdCode: 'DINKES' }))).toBe(100);
  });

  it("ranks an IT graduate high for digital-service posts, and partly for Diskominfo's other posts", () => {
    expect(points(T, 'IT', target({ opdCode: 'DISKOMINFO', family: 'LEADERSHIP' }))).toBe(60);
    expect(points(T, 'IT', target({ family: 'IT_DIGITAL', opdCode: 'BKPSDM' }))).toBe(100);
    expect(points(T, 'IT', target({ family: 'IT_DIGITAL', opdCode: 'DISKOMINFO' }))).toBe(100);
    expect(points(T, 'IT', target({ family: 'POPULATION_REGISTRY', opdCode: 'DISDUKCAPIL' }))).toBe(60);
    expect(points(T, 'IT', target({ family: 'HEALTH_NURSING', opdCode: 'DINKES' }))).toBe(0);
  });

  it("uses an instansi's edited unit lists, still capped at related", () => {
    const edited: EducationRelevanceTable = {
      ...T,
      version: 3,
      instansiCode: '5276',
      basedOnVersion: 2,
      byOpd: { ...T.byOpd, DISHUB: ['ENGINEERING_OTHER', 'HEALTH_NURSING'] },
    };
    expect(validateRelevanceTable(edited).ok).toBe(true);
    expect(points(edited, 'HEALTH_NURSING', target({}))).toBe(T.values.related);
  });

  it("treats the fields a post's requirement names as core", () => {
    const t = target({ educationRequirements: [{ minLevel: 'S1', fields: ['PSYCHOLOGY'] }] });
    expect(points(T, 'PSYCHOLOGY', t)).toBe(100);
  });

  it("uses an instansi's edited copy", () => {
    const edited: EducationRelevanceTable = {
      ...T,
      version: 2,
      instansiCode: '5276',
      basedOnVersion: 1,
      byFamily: {
        ...T.byFamily,
        POPULATION_REGISTRY: { core: ['SOCIAL_GOVERNMENT', 'IT'], related: ['LAW'] },
      },
    };
    expect(validateRelevanceTable(edited).ok).toBe(true);
    expect(points(edited, 'IT', target({ family: 'POPULATION_REGISTRY', opdCode: 'DISDUKCAPIL' }))).toBe(100);
  });

  it('refuses unknown fields, missing families and disordered points', () => {
    const { LEGAL: _dropped, ...rest } = T.byFamily;
    const broken = {
      ...T,
      values: { core: 50, related: 60, schoolLevel: 40, none: 0 },
      byFamily: rest,
      byOpd: { DINKES: ['KEDOKTERAN' as EducationField] },
    } as unknown as EducationRelevanceTable;
    const r = validateRelevanceTable(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((i) => i.field)).toEqual(['values', 'byFamily.LEGAL', 'byOpd.DINKES']);
    expect(validateRelevanceTable(T).ok).toBe(true);
  });
});
