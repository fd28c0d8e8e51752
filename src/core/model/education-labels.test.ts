import { describe, expect, it } from 'vitest';
import { EDUCATION_FIELDS } from './education.js';
import { EDUCATION_FIELD_LABELS, educationLabel, fieldsLabel } from './education-labels.js';

describe('education field labels', () => {
  it('names every field in Indonesian and English, never by its code', () => {
    for (const f of EDUCATION_FIELDS) {
      const l = EDUCATION_FIELD_LABELS[f];
      expect(l.id).not.toBe('');
      expect(l.en).not.toBe('');
      expect(l.id).not.toContain('_');
      expect(l.en).not.toContain(f);
    }
  });

  it('formats a level with a field and a list of fields', () => {
    expect(educationLabel('S1', 'HEALTH_NURSING', 'id')).toBe('S1 Keperawatan');
    expect(educationLabel('D3', 'HEALTH_MIDWIFERY', 'en')).toBe('D3 Midwifery');
    expect(fieldsLabel(['HEALTH_NURSING', 'HEALTH_MIDWIFERY'], 'id')).toBe('Keperawatan/Kebidanan');
    expect(fieldsLabel([], 'en')).toBe('(any field)');
  });
});
