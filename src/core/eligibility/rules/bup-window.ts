import { addMonths, compareDates } from '../../model/local-date.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';
import { retirementAgeOf, retirementDateIn } from './bup.js';

/**
 * Retirement (BUP) is near: the move falls within `windowMonths` before the retirement date the
 * target post gives. A warning for succession planning; the window is a setting [U] (BUP ages: UU
 * 5/2014 Pasal 90, PP 11/2017 Pasal 239, as in model/retirement.ts).
 * @example bupWindow.check(pairEightMonthsBeforeBup, ctx, { windowMonths: 12, ages }) // FAIL (a warning)
 */
export const bupWindow = defineRule({
  code: 'R-BUP-WINDOW',
  title: msg('Mendekati batas usia pensiun', 'Close to the retirement age'),
  postSignature: (p, _ctx, params) => String(retirementAgeOf(p, params.ages)),
  check: ({ c, p }, _ctx, params) => {
    const rd = retirementDateIn(c, p, params.ages);
    const from = addMonths(rd, -params.windowMonths);
    return compareDates(c.asOf, from) >= 0 && compareDates(c.asOf, rd) < 0 ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const rd = retirementDateIn(c, p, params.ages);
    const age = retirementAgeOf(p, params.ages);
    return {
      message:
        verdict === FAIL
          ? msg(
              `Pensiun (BUP ${age} tahun) pada ${rd}, kurang dari ${params.windowMonths} bulan lagi`,
              `Retires (at ${age}) on ${rd}, within ${params.windowMonths} months`,
            )
          : msg(`Pensiun (BUP ${age} tahun) pada ${rd}`, `Retires (at ${age}) on ${rd}`),
      evidence: { retirementAge: age, retirementDate: rd },
    };
  },
});
