import type { PositionKind } from '../../model/position.js';
import type { CandidateFacts } from '../facts/facts.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';

const JPT_KINDS: readonly PositionKind[] = ['JPT_PRATAMA', 'JPT_MADYA', 'JPT_UTAMA'];

const holdsJpt = (c: CandidateFacts): boolean =>
  c.current !== null && JPT_KINDS.includes(c.current.grade.kind);

/**
 * A candidate for JPT pratama is at most 56 years old (PP 11/2017 jo PP 17/2020 Pasal 107 huruf c;
 * DOMAIN.md 1.4): blocked from the 57th birthday on. It governs filling a JPT from below; a sitting
 * JPT rotated to another JPT post is not held to it.
 * @example jptAge.check(pairOn57thBirthday, ctx, { maxAgeByKind: { JPT_PRATAMA: 56 } }) // FAIL
 */
export const jptAge = defineRule({
  code: 'R-JPT-AGE',
  title: msg('Batas usia calon JPT', 'Age limit for JPT candidates'),
  postSignature: (p, _ctx, params) => String(params.maxAgeByKind[p.kind] ?? ''),
  check: ({ c, p, isStay }, _ctx, params) => {
    const max = params.maxAgeByKind[p.kind];
    if (isStay || max === undefined || holdsJpt(c)) return PASS;
    return c.ageYears > max ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const max = params.maxAgeByKind[p.kind];
    const evidence = { age: c.ageYears, maxAge: max ?? null, birthDate: c.candidate.employee.birthDate };
    if (max === undefined) {
      return {
        message: msg('Tidak berlaku untuk jenis jabatan ini', 'Not applicable to this kind of post'),
        evidence,
      };
    }
    if (holdsJpt(c)) {
      return {
        message: msg('Sudah menduduki JPT: rotasi antar-JPT', 'Already a JPT: rotation between JPT posts'),
        evidence,
      };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Usia ${c.ageYears} tahun, melebihi batas ${max} tahun`,
              `Aged ${c.ageYears}, above the limit of ${max}`,
            )
          : msg(`Usia ${c.ageYears} tahun (batas ${max})`, `Aged ${c.ageYears} (limit ${max})`),
      evidence,
    };
  },
});
