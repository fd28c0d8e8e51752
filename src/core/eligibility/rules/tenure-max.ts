import { defineRule, FAIL, msg, PASS } from '../rule.js';

/**
 * A PNS is moved no later than 5 years in the same post (PP 11/2017 jo PP 17/2020 Pasal 190 ayat
 * (3); DOMAIN.md 1.2). It flags staying: the pair "person, own post" fails once tenure reaches the
 * maximum, so the plan sees who is due for rotation. A move away satisfies the rule.
 * @example tenureMax.check(stayPairAfter61Months, ctx, { maxMonths: 60 }) // FAIL (a warning)
 */
export const tenureMax = defineRule({
  code: 'R-TENURE-MAX',
  title: msg('Masa jabatan maksimal di satu jabatan', 'Maximum time in one post'),
  postSignature: () => '',
  check: ({ c, isStay }, _ctx, params) => (isStay && c.tenureMonths >= params.maxMonths ? FAIL : PASS),
  explain: ({ c, isStay }, _ctx, params, verdict) => {
    const m = c.tenureMonths;
    const evidence = { tenureMonths: Number.isNaN(m) ? null : m };
    if (verdict === FAIL) {
      return {
        message: msg(
          `Sudah ${m} bulan di jabatan ini (maksimal ${params.maxMonths}): perlu dirotasi`,
          `${m} months in this post (maximum ${params.maxMonths}): due for rotation`,
        ),
        evidence,
      };
    }
    return {
      message:
        !isStay && m >= params.maxMonths
          ? msg(
              `Sudah ${m} bulan di jabatan sekarang: mutasi ini memenuhi batas ${params.maxMonths} bulan`,
              `${m} months in the current post: this move meets the ${params.maxMonths}-month limit`,
            )
          : msg(
              `Masa jabatan dalam batas ${params.maxMonths} bulan`,
              `Time in post within ${params.maxMonths} months`,
            ),
      evidence,
    };
  },
});
