import { describe, expect, it } from 'vitest';
import type { Education, EducationField } from '../model/education.js';
import { explainFit } from './explain-fit.js';
import { DEFAULT_MATCHING_POLICY } from './policy.js';
import { buildCandidate, buildContext, buildPost } from './testing/factories.js';

// Reasons name fields of study by their labels (Keperawatan / Nursing), never by their codes.
const ctx = buildContext();
const graduate = (field: EducationField) => {
  const education: Education[] = [
    { level: 'S1', field, major: `S1 ${field}`, institution: 'USU', graduationYear: 2007 },
  ];
  return buildCandidate({}, { education });
};
const nursingPost = buildPost({
  family: 'HEALTH_NURSING',
  educationRequirements: [{ minLevel: 'D3', fields: ['HEALTH_NURSING', 'HEALTH_MIDWIFERY'] }],
});
const CODE = /HEALTH_|SOCIAL_|ENGINEERING_|\bLAW\b/;

describe('field-of-study labels in reasons', () => {
  it('explains education relevance with the field label in both languages', () => {
    const fit = explainFit(graduate('HEALTH_NURSING'), nursingPost, ctx, DEFAULT_MATCHING_POLICY);
    const edu = fit.components.find((c) => c.component === 'EDUCATION_RELEVANCE')!;
    expect(edu.value).toBe(100);
    expect(edu.reason.id).toContain('Keperawatan');
    expect(edu.reason.en).toContain('Nursing');
    expect(`${edu.reason.id} ${edu.reason.en}`).not.toMatch(CODE);
  });

  it('names required and held fields by label when the field rule blocks', () => {
    const fit = explainFit(graduate('LAW'), nursingPost, ctx, DEFAULT_MATCHING_POLICY);
    const rule = fit.eligibility.results.find((r) => r.code === 'R-EDU-FIELD')!;
    expect(rule.status).toBe('BLOCK');
    expect(rule.message.id).toContain('D3 Keperawatan/Kebidanan');
    expect(rule.message.id).toContain('S1 Hukum');
    expect(rule.message.en).toContain('D3 Nursing/Midwifery');
    expect(rule.message.en).toContain('S1 Law');
    expect(`${rule.message.id} ${rule.message.en}`).not.toMatch(CODE);
  });
});
