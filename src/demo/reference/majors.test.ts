import { describe, expect, it } from 'vitest';
import { EDUCATION_FIELDS } from '../../core/model/education.js';
import { POSITION_FAMILIES } from '../../core/model/position.js';
import { FIELDS_BY_FAMILY, fieldFits } from './family-fields.js';
import { INSTITUTIONS } from './institutions.js';
import { fieldOfMajor, MAJOR_TO_FIELD, MAJORS } from './majors.js';

describe('MAJOR_TO_FIELD and fieldOfMajor', () => {
  it('map every listed jurusan to a known field, one field per name', () => {
    for (const field of Object.values(MAJOR_TO_FIELD)) expect(EDUCATION_FIELDS).toContain(field);
    for (const m of MAJORS) expect(fieldOfMajor(m.major), m.major).toBe(m.field);
    expect(new Set(MAJORS.map((m) => m.major)).size).toBe(MAJORS.length);
  });

  it('read the jurusan the way personnel files write it', () => {
    expect(fieldOfMajor('S1 Keperawatan')).toBe('HEALTH_NURSING');
    expect(fieldOfMajor('S-1 keperawatan')).toBe('HEALTH_NURSING');
    expect(fieldOfMajor('D III Kebidanan')).toBe('HEALTH_MIDWIFERY');
    expect(fieldOfMajor('DIII  Akuntansi')).toBe('ACCOUNTING');
    expect(fieldOfMajor('Teknik Informatika')).toBe('IT');
    expect(fieldOfMajor('S1 Pendidikan Matematika')).toBe('EDUCATION');
    expect(fieldOfMajor('Ilmu Pemerintahan')).toBe('SOCIAL_GOVERNMENT');
    expect(fieldOfMajor('PGSD')).toBe('EDUCATION');
    expect(fieldOfMajor('Ilmu Nujum')).toBeNull();
  });

  it('name an institution group and a title that fits the level', () => {
    for (const m of MAJORS) {
      expect(INSTITUTIONS[m.institutions].length).toBeGreaterThan(0);
      if (m.level === 'SMA') expect(m.backTitle).toBeNull();
      if (m.level === 'D3') expect(m.backTitle).toMatch(/^A\.Md/);
    }
  });
});

describe('FIELDS_BY_FAMILY', () => {
  it('covers every position family with known fields', () => {
    for (const family of POSITION_FAMILIES) {
      expect(FIELDS_BY_FAMILY[family].length).toBeGreaterThan(0);
      for (const f of FIELDS_BY_FAMILY[family]) expect(EDUCATION_FIELDS).toContain(f);
    }
  });

  it('judges fit by the requirement first, then by the family', () => {
    expect(fieldFits('HEALTH_NURSING', 'S1', [], 'GENERAL_ADMIN')).toBe(false);
    expect(fieldFits('HEALTH_NURSING', 'S1', ['HEALTH_NURSING'], 'GENERAL_ADMIN')).toBe(true);
    expect(fieldFits('IT', 'D3', [], 'IT_DIGITAL')).toBe(true);
    expect(fieldFits('GENERAL', 'SMA', ['LAW'], 'LEGAL')).toBe(true);
  });
});
