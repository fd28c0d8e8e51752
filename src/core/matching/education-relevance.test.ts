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
  it('ranks a health graduate high for Dinas Kesehatan, RSUD and puskesmas posts, even administrative ones', () => {
    expect(points(T, 'HEALTH_NURSING', target({ opdCode: 'DINKES' }))).toBe(100);
    expect(
      points(
        T,
        'HEALTH_NURSING',
        target({ opdCode: 'DINKES', lineageKinds: ['BIDANG', 'RUMAH_SAKIT', 'OPD'] }),
      ),
    ).toBe(100);
    expect(
      points(T, 'HEALTH_MIDWIFERY', target({ opdCode: 'DINKES', lineageKinds: ['PUSKESMAS', 'OPD'] })),
    ).toBe(100);
    expect(points(T, 'HEALTH_NURSING', target({ opdCode: 'RSUD' }))).toBe(100);
    expect(points(T, 'HEALTH_NURSING', target({}))).toBe(0);
  });

  it('ranks an IT graduate high for Diskominfo and digital-service posts', () => {
    expect(points(T, 'IT', target({ opdCode: 'DISKOMINFO' }))).toBe(100);
    expect(points(T, 'IT', target({ family: 'IT_DIGITAL', opdCode: 'BKPSDM' }))).toBe(100);
    expect(points(T, 'IT', target({ family: 'POPULATION_REGISTRY', opdCode: 'DISDUKCAPIL' }))).toBe(60);
    expect(points(T, 'IT', target({ family: 'HEALTH_NURSING', opdCode: 'DINKES' }))).toBe(0);
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
      byOpd: { DINKES: { core: ['KEDOKTERAN' as EducationField], related: [] } },
    } as unknown as EducationRelevanceTable;
    const r = validateRelevanceTable(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((i) => i.field)).toEqual(['values', 'byFamily.LEGAL', 'byOpd.DINKES']);
    expect(validateRelevanceTable(T).ok).toBe(true);
  });
});
