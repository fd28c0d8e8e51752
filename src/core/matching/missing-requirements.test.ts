import { describe, expect, it } from 'vitest';
import type { CompetencyScore } from '../model/competency.js';
import type { Education, EducationField } from '../model/education.js';
import { explainFit, type FitResult } from './explain-fit.js';
import type { PostUnit } from './inputs.js';
import { DEFAULT_MATCHING_POLICY, type ScoreComponent } from './policy.js';
import { buildCandidate, buildContext, buildPost } from './testing/factories.js';

// A missing requirement is not a perfect fit: a post with no competency standard scores the
// competency components at the neutral value and says so, and a post with no field-of-study
// requirement scores education by the relevance table (family, OPD, unit), not 100.
const ctx = buildContext();
const policy = DEFAULT_MATCHING_POLICY;
const value = (fit: FitResult, c: ScoreComponent) => fit.components.find((x) => x.component === c)!;

const graduate = (field: EducationField) => {
  const education: Education[] = [
    { level: 'SMA', field: 'GENERAL', major: 'SMA', institution: 'SMAN 1', graduationYear: 2002 },
    { level: 'S1', field, major: `S1 ${field}`, institution: 'USU', graduationYear: 2007 },
  ];
  const scores: CompetencyScore[] = [
    { type: 'MANAGERIAL', code: 'M.01', level: 5 },
    { type: 'SOCIO_CULTURAL', code: 'SK.01', level: 5 },
    { type: 'TECHNICAL', code: 'T.GENERAL_ADMIN', level: 5 },
  ];
  return buildCandidate(
    {},
    {
      education,
      competencyAssessments: [
        { id: 1, assessedOn: '2025-06-01', assessor: 'UPT Asesmen', validUntil: '2028-06-01', scores },
      ],
    },
  );
};
const nurse = graduate('HEALTH_NURSING');
const informatician = graduate('IT');
const generalPost = (unit: Parameters<typeof buildPost>[1]) =>
  buildPost({ educationRequirements: [{ minLevel: 'SMA', fields: [] }] }, unit);
const DISHUB: Partial<PostUnit> = {
  opdCode: 'DISHUB',
  code: 'DISHUB.SEKRETARIAT',
  lineageKinds: ['SEKRETARIAT', 'OPD'],
};

describe('a missing competency standard is neutral, not 100', () => {
  it('scores each competency type without a standard at the neutral value and explains it', () => {
    const fit = explainFit(nurse, buildPost({ competencyStandard: [] }, DISHUB), ctx, policy);
    for (const c of ['COMPETENCY_TECHNICAL', 'COMPETENCY_MANAGERIAL', 'COMPETENCY_SOCIO_CULTURAL'] as const) {
      const part = value(fit, c);
      expect(part.value).toBe(policy.neutral[c]);
      expect(part.value).toBeLessThan(100);
      expect(part.noData).toBe(true);
      expect(part.reason.en).toContain('No standard recorded');
      expect(part.reason.id).toContain('Standar belum tercatat');
    }
  });

  it('ranks a post whose standard the person meets exactly above the same post without a standard', () => {
    const atLevel5 = buildPost({}, DISHUB).position.competencyStandard.map((s) => ({
      ...s,
      level: 5 as const,
    }));
    const withStandard = explainFit(nurse, buildPost({ competencyStandard: atLevel5 }, DISHUB), ctx, policy);
    const without = explainFit(nurse, buildPost({ competencyStandard: [] }, DISHUB), ctx, policy);
    expect(value(withStandard, 'COMPETENCY_MANAGERIAL').value).toBe(100);
    expect(withStandard.score).toBeGreaterThan(without.score);
  });
});

describe('education relevance comes from the relevance table when the post names no field', () => {
  it('gives a nurse the school-level points, not 100, in a general post of a non-health OPD', () => {
    const fit = explainFit(nurse, generalPost(DISHUB), ctx, policy);
    const edu = value(fit, 'EDUCATION_RELEVANCE');
    expect(edu.value).toBe(policy.relevance.values.schoolLevel);
    expect(edu.noData).toBe(false);
    expect(edu.reason.en).toContain('unrelated');
  });

  it('ranks a health-family post above a clerk post of a health unit, and that above Dishub', () => {
    const dishub = explainFit(nurse, generalPost(DISHUB), ctx, policy).score;
    const healthUnits = [
      generalPost({ opdCode: 'DINKES', code: 'DINKES.SEKRETARIAT', lineageKinds: ['SEKRETARIAT', 'OPD'] }),
      generalPost({
        opdCode: 'DINKES',
        code: 'RSUD',
        kind: 'RUMAH_SAKIT',
        lineageKinds: ['RUMAH_SAKIT', 'OPD'],
      }),
      generalPost({
        opdCode: 'DINKES',
        code: 'PKM-1',
        kind: 'PUSKESMAS',
        lineageKinds: ['PUSKESMAS', 'OPD'],
      }),
    ];
    const nursing = explainFit(
      nurse,
      buildPost({ family: 'HEALTH_NURSING', educationRequirements: [] }, DISHUB),
      ctx,
      policy,
    );
    expect(value(nursing, 'EDUCATION_RELEVANCE').value).toBe(policy.relevance.values.core);
    for (const post of healthUnits) {
      // The unit alone is "related", never core: a Dinkes clerk or driver post is not a nursing post.
      const fit = explainFit(nurse, post, ctx, policy);
      expect(value(fit, 'EDUCATION_RELEVANCE').value).toBe(policy.relevance.values.related);
      expect(fit.score).toBeGreaterThan(dishub);
      expect(nursing.score).toBeGreaterThan(fit.score);
    }
  });

  it('ranks Diskominfo and digital posts first for an IT graduate', () => {
    const dishub = explainFit(informatician, generalPost(DISHUB), ctx, policy);
    const kominfo = explainFit(
      informatician,
      generalPost({ opdCode: 'DISKOMINFO', code: 'DISKOMINFO.SEKRETARIAT' }),
      ctx,
      policy,
    );
    const digital = explainFit(informatician, buildPost({ family: 'IT_DIGITAL' }, DISHUB), ctx, policy);
    expect(value(dishub, 'EDUCATION_RELEVANCE').value).toBeLessThan(100);
    expect(value(kominfo, 'EDUCATION_RELEVANCE').value).toBe(policy.relevance.values.related);
    expect(value(digital, 'EDUCATION_RELEVANCE').value).toBe(100);
    expect(kominfo.score).toBeGreaterThanOrEqual(dishub.score);
    expect(digital.score).toBeGreaterThan(kominfo.score);
    // The nurse in the same Diskominfo post gets no such lift.
    const nurseThere = explainFit(nurse, generalPost({ opdCode: 'DISKOMINFO' }), ctx, policy);
    expect(value(nurseThere, 'EDUCATION_RELEVANCE').value).toBe(policy.relevance.values.schoolLevel);
  });
});
