import { meetsFieldRequirement, requirementsKey } from '../facts/education-requirement.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

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
    if (isStay || reqs.every((r) => r.fields.length === 0)) return PASS;
    if (c.educationRank < 0) return MISSING;
    return meetsFieldRequirement(c, reqs) ? PASS : FAIL;
  },
  explain: ({ c, p }, _ctx, _params, verdict) => {
    const reqs = p.post.position.educationRequirements;
    const asked = reqs.map((r) => `${r.minLevel} ${r.fields.join('/') || '(bebas)'}`).join('; ');
    const held = c.candidate.employee.education.map((e) => `${e.level} ${e.field}`).join('; ') || '-';
    const evidence = { required: asked, held };
    if (verdict === MISSING) {
      return { message: msg('Riwayat pendidikan tidak tercatat', 'No education on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(`Kualifikasi yang diminta: ${asked}; dimiliki: ${held}`, `Required: ${asked}; held: ${held}`)
          : reqs.every((r) => r.fields.length === 0)
            ? msg('Jabatan tidak mensyaratkan bidang pendidikan tertentu', 'The post names no field of study')
            : msg(`Kualifikasi sesuai (${asked})`, `Qualification matches (${asked})`),
      evidence,
    };
  },
});
