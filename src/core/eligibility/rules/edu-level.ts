import { EDUCATION_LEVELS, educationRank } from '../../model/education.js';
import { requiredEducationRank } from '../facts/education-requirement.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

const levelName = (rank: number): string =>
  rank < 0 ? '-' : (EDUCATION_LEVELS.find((l) => educationRank(l) === rank && l !== 'D4') ?? '?');

/**
 * The person's highest education reaches the level the post asks for, and the floor of its kind:
 * S1/D-IV for administrator (PP 11/2017 Pasal 54) and JPT (Pasal 107), D-III for pengawas
 * (Pasal 55); JF and pelaksana by their ANJAB requirement.
 * @example eduLevel.check(pairD3ToAdministrator, ctx, { minLevelByKind: { ADMINISTRATOR: 'S1' } }) // FAIL
 */
export const eduLevel = defineRule({
  code: 'R-EDU-LEVEL',
  title: msg('Jenjang pendidikan memenuhi syarat jabatan', 'Education level meets the requirement'),
  postSignature: (p) => `${p.kind}|${p.post.position.educationRequirements.map((r) => r.minLevel).join(',')}`,
  check: ({ c, p, isStay }, _ctx, params) => {
    if (isStay) return PASS;
    const need = requiredEducationRank(p.post.position.educationRequirements, p.kind, params.minLevelByKind);
    if (need < 0) return PASS;
    if (c.educationRank < 0) return MISSING;
    return c.educationRank < need ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const need = requiredEducationRank(p.post.position.educationRequirements, p.kind, params.minLevelByKind);
    const has = levelName(c.educationRank);
    const req = levelName(need);
    const evidence = { highest: has, required: req };
    if (verdict === MISSING) {
      return { message: msg('Riwayat pendidikan tidak tercatat', 'No education on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Pendidikan tertinggi ${has}, jabatan meminta minimal ${req}`,
              `Highest education ${has}, post requires ${req}`,
            )
          : msg(`Pendidikan tertinggi ${has} (syarat ${req})`, `Highest education ${has} (requires ${req})`),
      evidence,
    };
  },
});
