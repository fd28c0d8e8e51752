import type { EducationRequirement } from '../../model/education.js';
import { educationLabel, fieldsLabel } from '../../model/education-labels.js';
import { majorCodeOf, majorName } from '../../model/major-catalog.js';
import { meetsFieldRequirement, requirementsKey } from '../facts/education-requirement.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

const namesNothing = (r: EducationRequirement) => r.fields.length === 0 && !r.majors?.length;

/**
 * When the post's requirement names fields of study (from its ANJAB), the person holds a degree in
 * one of them at the required level. Mutation must match competence to the position's requirements
 * (PP 11/2017 Pasal 190 ayat (4)); a JF in particular asks for its own qualification.
 * @example eduField.check(pairLawGraduateToNursePost, ctx, {}) // FAIL
 */
export const eduField = defineRule({
  code: 'R-EDU-FIELD',
  title: msg('Bidang pendidikan sesuai kualifikasi jabatan', 'Field of study meets the qualification'),
  postSignature: (p) => requirementsKey(p.post.position.educationRequirements),
  check: ({ c, p, isStay }) => {
    const reqs = p.post.position.educationRequirements;
    if (isStay || reqs.every(namesNothing)) return PASS;
    if (c.educationRank < 0) return MISSING;
    return meetsFieldRequirement(c, reqs) ? PASS : FAIL;
  },
  explain: ({ c, p }, _ctx, _params, verdict) => {
    const reqs = p.post.position.educationRequirements;
    // Note: messages name fields by their labels (Keperawatan, Nursing); the evidence keeps the codes.
    const asked = (lang: 'id' | 'en') =>
      reqs
        .map((r) =>
          r.majors?.length
            ? `${r.minLevel} ${r.majors.map(majorName).join(' / ')}`
            : `${r.minLevel} ${fieldsLabel(r.fields, lang)}`,
        )
        .join('; ');
    // Note: the diploma's own words (S1 Pendidikan Guru Sekolah Dasar) say more than its coarse field.
    const held = (lang: 'id' | 'en') =>
      c.candidate.employee.education
        .map((e) => {
          const code = majorCodeOf(e.major);
          return code ? `${e.level} ${majorName(code)}` : educationLabel(e.level, e.field, lang);
        })
        .join('; ') || '-';
    const evidence = {
      required: reqs
        .map(
          (r) => `${r.minLevel} ${r.majors?.length ? r.majors.join('/') : r.fields.join('/') || '(bebas)'}`,
        )
        .join('; '),
      held: c.candidate.employee.education.map((e) => `${e.level} ${e.field}`).join('; ') || '-',
    };
    if (verdict === MISSING) {
      return { message: msg('Riwayat pendidikan tidak tercatat', 'No education on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Kualifikasi yang diminta: ${asked('id')}; dimiliki: ${held('id')}`,
              `Required: ${asked('en')}; held: ${held('en')}`,
            )
          : reqs.every(namesNothing)
            ? msg('Jabatan tidak mensyaratkan bidang pendidikan tertentu', 'The post names no field of study')
            : msg(`Kualifikasi sesuai (${asked('id')})`, `Qualification matches (${asked('en')})`),
      evidence,
    };
  },
});
