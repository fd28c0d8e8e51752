import { wholeMonthsBetween } from '../../model/local-date.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/**
 * A newly appointed PNS states at application that they will not ask to move for personal reasons
 * for 10 years (BKN, reported 2024; DOMAIN.md 1.5 [S]). Applies only to moves of kind SELF_REQUEST,
 * counted from the TMT CPNS.
 * @example selfRequest10y.check(pairAfter8Years, { ...ctx, mutationKind: 'SELF_REQUEST' }, { years: 10 }) // FAIL
 */
export const selfRequest10y = defineRule({
  code: 'R-SELF-REQUEST-10Y',
  title: msg(
    'Mutasi atas permintaan sendiri setelah 10 tahun',
    'Self-requested transfer only after 10 years of service',
  ),
  postSignature: () => '',
  check: ({ c, isStay }, ctx, params) => {
    if (isStay || ctx.mutationKind !== 'SELF_REQUEST') return PASS;
    const tmt = c.candidate.employee.tmtCpns;
    if (!tmt) return MISSING;
    return wholeMonthsBetween(tmt, c.asOf) < params.years * 12 ? FAIL : PASS;
  },
  explain: ({ c }, ctx, params, verdict) => {
    const tmt = c.candidate.employee.tmtCpns;
    const evidence = { tmtCpns: tmt, mutationKind: ctx.mutationKind ?? null };
    if (ctx.mutationKind !== 'SELF_REQUEST') {
      return {
        message: msg('Bukan mutasi atas permintaan sendiri', 'Not a self-requested transfer'),
        evidence,
      };
    }
    if (verdict === MISSING) {
      return { message: msg('TMT CPNS tidak tercatat', 'TMT CPNS not on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `TMT CPNS ${tmt}: belum ${params.years} tahun untuk mutasi atas permintaan sendiri`,
              `TMT CPNS ${tmt}: less than ${params.years} years for a self-requested transfer`,
            )
          : msg(
              `TMT CPNS ${tmt}: lebih dari ${params.years} tahun`,
              `TMT CPNS ${tmt}: over ${params.years} years`,
            ),
      evidence,
    };
  },
});
