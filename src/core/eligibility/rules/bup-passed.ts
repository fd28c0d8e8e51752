import { compareDates } from '../../model/local-date.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';
import { retirementAgeOf, retirementDateIn } from './bup.js';

/**
 * The retirement date the target post gives has passed on the date of the move, e.g. a JF ahli
 * madya of 59 (BUP 60) cannot become a pengawas (BUP 58). BUP ages are settings [U] (UU 5/2014
 * Pasal 90, PP 11/2017 Pasal 239).
 * @example bupPassed.check(pairAged59ToPengawas, ctx, { ages }) // FAIL
 */
export const bupPassed = defineRule({
  code: 'R-BUP-PASSED',
  title: msg('Belum melewati batas usia pensiun jabatan', 'Below the retirement age of the post'),
  postSignature: (p, _ctx, params) => String(retirementAgeOf(p, params.ages)),
  check: ({ c, p, isStay }, _ctx, params) =>
    !isStay && compareDates(c.asOf, retirementDateIn(c, p, params.ages)) >= 0 ? FAIL : PASS,
  explain: ({ c, p }, _ctx, params, verdict) => {
    const rd = retirementDateIn(c, p, params.ages);
    const age = retirementAgeOf(p, params.ages);
    return {
      message:
        verdict === FAIL
          ? msg(
              `Sudah mencapai BUP jabatan ini (${age} tahun, ${rd})`,
              `Has reached this post's retirement age (${age}, ${rd})`,
            )
          : msg(`BUP jabatan ini ${age} tahun (${rd})`, `This post's retirement age is ${age} (${rd})`),
      evidence: { retirementAge: age, retirementDate: rd },
    };
  },
});
